package dev.inkwell.adapters.rest.user;

import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageParams;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.adapters.rest.user.UserResponses.Details;
import dev.inkwell.adapters.rest.user.UserResponses.FollowState;
import dev.inkwell.adapters.rest.user.UserResponses.PrivateUser;
import dev.inkwell.adapters.rest.user.UserResponses.PrivateUserPage;
import dev.inkwell.application.port.in.ChangeRoleUseCase;
import dev.inkwell.application.port.in.DeleteUserUseCase;
import dev.inkwell.application.port.in.FindUserUseCase;
import dev.inkwell.application.port.in.FollowUseCase;
import dev.inkwell.application.port.in.ListUsersUseCase;
import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.in.RegisterUserUseCase;
import dev.inkwell.application.port.in.UpdateUserCommand;
import dev.inkwell.application.port.in.UpdateUserUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users")
@Tag(name = "Users", description = "Accounts, profiles and roles")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    RegisterUserUseCase register;
    @Inject
    ListUsersUseCase list;
    @Inject
    FindUserUseCase find;
    @Inject
    UpdateUserUseCase update;
    @Inject
    ChangeRoleUseCase changeRole;
    @Inject
    DeleteUserUseCase delete;
    @Inject
    FollowUseCase follows;
    @Inject
    UserResponseMapper mapper;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uriInfo;

    @RateLimited.Registration
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Operation(summary = "Register", description = "Anyone may register; the new user always has role USER.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new user",
            content = @Content(schema = @Schema(implementation = PrivateUser.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull UserRequests.Register body) {
        UserView user = register.register(RegisterUserCommand.of(body.email(), body.password(), body.name(),
                body.username(), body.bio(), body.avatar(), body.website()));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(user.id().toString()).build())
                .entity(mapper.toPrivate(user)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List users", description = "ADMIN and MODERATOR only. Newest first; `search` matches"
            + " e-mail or name, case-insensitive substring.")
    @APIResponse(responseCode = "200", description = "A page of PrivateUser",
            content = @Content(schema = @Schema(implementation = PrivateUserPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<PrivateUser> list(@BeanParam PageParams page,
            @Parameter(description = "substring of e-mail or name") @QueryParam("search") String search) {
        return PageResponse.of(list.list(actor.required(), search, page.toRequest()), mapper::toPrivate);
    }

    @GET
    @Path("/{id}")
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet // optional: the user themself sees e-mail and drafts, ADMINs the e-mail
    @Operation(summary = "A user's page", description = "Public view plus the 5 newest published posts; the user"
            + " themself also sees e-mail and drafts, ADMINs see the e-mail. Soft-deleted users are 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Details get(@PathParam("id") String id) {
        return mapper.toDetails(find.find(userId(id), actor.optional()));
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Edit a user and their profile", description = "The user themself or an ADMIN."
            + " The profile is created when it does not exist yet. `email` and `password` only by the user themself"
            + " (an ADMIN does not take over an account); a taken e-mail is 409.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivateUser.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrivateUser edit(@PathParam("id") String id, @Valid @NotNull UserRequests.Update body) {
        UpdateUserCommand command = UpdateUserCommand.of(userId(id), body.name(), body.username(), body.bio(),
                body.avatar(), body.website(), body.email(), body.password());
        return mapper.toPrivate(update.update(actor.required(), command));
    }

    @PUT
    @Path("/{id}/role")
    @Authenticated
    @Operation(summary = "Change a user's role", description = "ADMIN only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivateUser.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrivateUser changeRole(@PathParam("id") String id, @Valid @NotNull UserRequests.ChangeRole body) {
        UserId target = userId(id);
        return mapper.toPrivate(changeRole.changeRole(actor.required(), target, Role.parse(body.role())));
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Delete a user", description = "Soft delete by the user or an ADMIN: the user vanishes"
            + " from every read and their e-mail and username become free. `permanent=true` (ADMIN only) removes"
            + " the user with profile, posts and comments.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id,
                           @Parameter(schema = @Schema(defaultValue = "false")) @QueryParam("permanent") String permanent) {
        delete.delete(actor.required(), userId(id), Ids.flag(permanent, "permanent"));
        return Response.noContent().build();
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/follow")
    @Authenticated
    @Operation(summary = "Follow a user", description = "Idempotent. Following yourself is a 400; a user who does not"
            + " exist (or was deleted) is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowState.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FollowState follow(@PathParam("id") String id) {
        FollowUseCase.FollowState state = follows.follow(actor.required(), userId(id));
        return new FollowState(state.following(), state.followersCount());
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @DELETE
    @Path("/{id}/follow")
    @Authenticated
    @Operation(summary = "Unfollow a user", description = "Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowState.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FollowState unfollow(@PathParam("id") String id) {
        FollowUseCase.FollowState state = follows.unfollow(actor.required(), userId(id));
        return new FollowState(state.following(), state.followersCount());
    }

    private static UserId userId(String id) {
        return new UserId(Ids.uuid(id, "id"));
    }
}
