package dev.inkwell.adapters.rest.auth;

import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.user.UserResponses;
import dev.inkwell.adapters.rest.user.UserResponses.PrivateUser;
import dev.inkwell.application.port.in.LoginUseCase;
import dev.inkwell.application.user.LoginCommand;
import dev.inkwell.application.user.LoginResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Auth", description = "Log in and find out who you are")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    LoginUseCase login;
    @Inject
    CurrentActor actor;

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Schema(example = "admin@inkwell.dev", required = true) String email,
            @NotBlank @Schema(example = "inkwell-admin", required = true) String password) {
    }

    @Schema(name = "LoginResponse")
    public record LoginResponse(
            @Schema(description = "RS256-signed JWT; send it as `Authorization: Bearer <token>`") String accessToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(description = "seconds until the token expires", example = "3600") long expiresIn,
            PrivateUser user) {
    }

    @POST
    @Path("/login")
    @Operation(summary = "Log in", description = "Exchanges e-mail and password for a bearer token. Unknown"
            + " e-mail, wrong password and deleted account all answer the same 401.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResponse login(@Valid @NotNull LoginRequest body) {
        LoginResult result = login.login(new LoginCommand(body.email(), body.password()));
        return new LoginResponse(result.accessToken(), "Bearer", result.expiresInSeconds(),
                UserResponses.privateView(result.user()));
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller", description = "The authenticated user, with e-mail and current role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivateUser.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public PrivateUser me() {
        return UserResponses.privateView(actor.requiredUser());
    }
}
