package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.LoginUserRequest;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.NewUserRequest;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.UpdateUserRequest;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.UserResponse;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;
import dev.inkwell.application.port.in.LoginUseCase;
import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.in.RegisterUserUseCase;
import dev.inkwell.application.port.in.UpdateUserCommand;
import dev.inkwell.application.port.in.UpdateUserUseCase;
import dev.inkwell.domain.user.UserId;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RealWorld's authentication: register, log in, the current user. */
@Path(Conduit.PREFIX)
@Tag(name = Conduit.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ConduitUsersResource {

    @Inject
    RegisterUserUseCase register;
    @Inject
    LoginUseCase login;
    @Inject
    UpdateUserUseCase update;
    @Inject
    CurrentActor actor;
    @Context
    HttpServerRequest request;

    @RateLimited.Registration
    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registration", description = "`username` becomes the display name as sent and the username"
            + " lower-cased (Inkwell's username rule: 3..40 of a-z, 0-9, _ and -).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public Response register(NewUserRequest body) {
        var user = Conduit.required(body == null ? null : body.user(), "user");
        String username = user.username() == null ? null : user.username().strip();
        register.register(RegisterUserCommand.of(user.email(), user.password(), username,
                username == null ? null : username.toLowerCase(Locale.ROOT), null, null, null));
        LoginResult signedIn = login.login(new LoginCommand(user.email(), user.password()));
        return Response.status(Response.Status.CREATED)
                .entity(new UserResponse(ConduitViews.user(signedIn.user(), signedIn.accessToken()))).build();
    }

    @RateLimited.Login
    @POST
    @Path("/users/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Authentication")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public UserResponse login(LoginUserRequest body) {
        var user = Conduit.required(body == null ? null : body.user(), "user");
        LoginResult signedIn = login.login(new LoginCommand(user.email(), user.password()));
        return new UserResponse(ConduitViews.user(signedIn.user(), signedIn.accessToken()));
    }

    @GET
    @Path("/user")
    @Authenticated
    @Operation(summary = "Get current user")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    public UserResponse current() {
        return new UserResponse(ConduitViews.user(actor.requiredAccount(), Conduit.token(request)));
    }

    @RateLimited.Write
    @PUT
    @Path("/user")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update current user", description = "Any of `email`, `username`, `password`, `image`, `bio`;"
            + " `image: \"\"` or `null` keeps the image, `bio: \"\"` empties the bio (RealWorld's settings form sends"
            + " every field).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public UserResponse update(UpdateUserRequest body) {
        var user = Conduit.required(body == null ? null : body.user(), "user");
        UserId self = actor.required().id();
        String username = Conduit.blankToNull(user.username());
        UpdateUserCommand command = UpdateUserCommand.of(self, null,
                username == null ? null : username.toLowerCase(Locale.ROOT), user.bio(),
                Conduit.blankToNull(user.image()), null, Conduit.blankToNull(user.email()),
                Conduit.blankToNull(user.password()));
        return new UserResponse(ConduitViews.user(update.update(actor.required(), command), Conduit.token(request)));
    }
}
