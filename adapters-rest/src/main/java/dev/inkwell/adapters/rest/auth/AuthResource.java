package dev.inkwell.adapters.rest.auth;

import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.user.UserResponseMapper;
import dev.inkwell.adapters.rest.user.UserResponses.PrivateUser;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginUseCase;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Auth", description = "Log in and find out who you are")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    LoginUseCase login;
    @Inject
    AuthResponseMapper mapper;
    @Inject
    UserResponseMapper users;
    @Inject
    CurrentActor actor;

    @RateLimited.Login
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/login")
    @Operation(summary = "Log in", description = "Exchanges e-mail and password for a bearer token. Unknown"
            + " e-mail, wrong password and deleted account all answer the same 401. After 5 failed logins within"
            + " 15 minutes the e-mail (registered or not) is locked for 15 minutes: 429, also with the right"
            + " password. One client address gets 20 attempts a minute.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuthResponses.Login.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthResponses.Login login(@Valid @NotNull AuthRequests.Login body) {
        return mapper.toResponse(login.login(new LoginCommand(body.email(), body.password())));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The caller", description = "The authenticated user, with e-mail and current role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivateUser.class)))
    public PrivateUser me() {
        return users.toPrivate(actor.requiredAccount());
    }
}
