package dev.inkwell.application.port.in;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PlainPassword;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.Username;
import java.util.Objects;

/** A self-registration. {@code username} is null when the service should generate one. */
public record RegisterUserCommand(Email email, PlainPassword password, DisplayName name,
                                  Username username, Profile profile) {

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(name, "name");
        profile = profile == null ? Profile.empty() : profile;
    }

    /** Builds the command from raw input, reporting every invalid field at once. */
    public static RegisterUserCommand of(String email, String password, String name, String username,
                                         String bio, String avatar, String website) {
        InputCheck check = new InputCheck();
        Email e = check.check(() -> new Email(email));
        PlainPassword p = check.check(() -> new PlainPassword(password));
        DisplayName n = check.check(() -> new DisplayName(name));
        Username u = check.optional(username, () -> new Username(username));
        Profile profile = check.check(() -> new Profile(bio, avatar, website));
        check.throwIfInvalid();
        return new RegisterUserCommand(e, p, n, u, profile);
    }
}
