package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.Profile;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.ProfileResponse;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.application.port.in.FindUserUseCase;
import dev.inkwell.application.port.in.FollowUseCase;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.domain.user.UserId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RealWorld's profiles: a user by username, followed or not. */
@Path(Conduit.PREFIX + "/profiles/{username}")
@Tag(name = Conduit.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ConduitProfilesResource {

    @Inject
    FindUserUseCase find;
    @Inject
    FollowUseCase follows;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "Get profile", description = "Authentication optional: `following` is the caller's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public ProfileResponse get(@PathParam("username") String username) {
        return new ProfileResponse(ConduitViews.profile(find.findByUsername(username, actor.optional())));
    }

    @RateLimited.Write
    @POST
    @Path("/follow")
    @Authenticated
    @Operation(summary = "Follow user", description = "Idempotent; following yourself is a 422.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public ProfileResponse follow(@PathParam("username") String username) {
        UserDetails user = find.findByUsername(username, actor.optional());
        boolean following = follows.follow(actor.required(), new UserId(user.user().id())).following();
        return new ProfileResponse(withFollowing(ConduitViews.profile(user), following));
    }

    @RateLimited.Write
    @DELETE
    @Path("/follow")
    @Authenticated
    @Operation(summary = "Unfollow user", description = "Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public ProfileResponse unfollow(@PathParam("username") String username) {
        UserDetails user = find.findByUsername(username, actor.optional());
        boolean following = follows.unfollow(actor.required(), new UserId(user.user().id())).following();
        return new ProfileResponse(withFollowing(ConduitViews.profile(user), following));
    }

    private static Profile withFollowing(Profile profile, boolean following) {
        return new Profile(profile.username(), profile.bio(), profile.image(), following);
    }
}
