package dev.inkwell.adapters.rest.user;

import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PlainPassword;
import dev.inkwell.domain.user.Profile;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of /users. Unknown properties (role, id, …) are ignored, never bound.
 * Field rules live in the domain's value objects, which report every broken rule of a
 * body at once; Bean Validation here would stop at the first layer and hide the rest.
 */
public final class UserRequests {

    static final String USERNAME_PATTERN = "^[a-z0-9_-]{3,40}$";

    private UserRequests() {
    }

    @Schema(name = "RegisterUserRequest")
    public record Register(
            @Schema(example = "ada@example.com", maxLength = Email.MAX_LENGTH, required = true) String email,
            @Schema(example = "correct horse battery", minLength = PlainPassword.MIN_BYTES,
                    description = "8 to 72 bytes of UTF-8", required = true) String password,
            @Schema(example = "Ada Lovelace", maxLength = DisplayName.MAX_LENGTH, required = true) String name,
            @Schema(example = "ada", pattern = USERNAME_PATTERN,
                    description = "generated from the name when absent") String username,
            @Schema(example = "Writes about engines.", maxLength = Profile.MAX_BIO) String bio,
            @Schema(example = "https://example.com/ada.png", description = "absolute http(s) URL") String avatar,
            @Schema(example = "https://ada.example.com", description = "absolute http(s) URL") String website) {
    }

    @Schema(name = "UpdateUserRequest", description = "Absent fields stay as they are; the profile is created if needed")
    public record Update(
            @Schema(example = "Ada King", maxLength = DisplayName.MAX_LENGTH) String name,
            @Schema(example = "ada-king", pattern = USERNAME_PATTERN) String username,
            @Schema(example = "Countess of Lovelace.", maxLength = Profile.MAX_BIO) String bio,
            @Schema(example = "https://example.com/ada.png") String avatar,
            @Schema(example = "https://ada.example.com") String website,
            @Schema(description = "the account owner only; must be free", example = "ada.king@example.com")
            String email,
            @Schema(description = "the account owner only; 8..72 bytes", writeOnly = true) String password) {
    }

    @Schema(name = "ChangeRoleRequest")
    public record ChangeRole(
            @NotBlank @Schema(example = "MODERATOR", enumeration = {"USER", "MODERATOR", "ADMIN"}, required = true)
            String role) {
    }
}
