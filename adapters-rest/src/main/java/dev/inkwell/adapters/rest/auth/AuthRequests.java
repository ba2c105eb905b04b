package dev.inkwell.adapters.rest.auth;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of /auth. */
public final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "LoginRequest")
    public record Login(
            @NotBlank @Schema(example = "admin@inkwell.dev", required = true) String email,
            @NotBlank @Schema(example = "inkwell-admin", required = true) String password) {
    }
}
