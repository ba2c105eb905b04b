package dev.inkwell.adapters.rest.auth;

import dev.inkwell.adapters.rest.user.UserResponses.PrivateUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of /auth. */
public final class AuthResponses {

    private AuthResponses() {
    }

    @Schema(name = "LoginResponse")
    public record Login(
            @Schema(description = "RS256-signed JWT; send it as `Authorization: Bearer <token>`") String accessToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(description = "seconds until the token expires", example = "3600") long expiresIn,
            PrivateUser user) {
    }
}
