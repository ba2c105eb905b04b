package dev.inkwell.application.port.in;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PlainPassword;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import java.util.Objects;

/**
 * A partial update: null fields stay as they are. {@code email} and {@code password} are the
 * account owner's to change (not an ADMIN's).
 */
public record UpdateUserCommand(UserId userId, DisplayName name, Username username, Profile profile, Email email,
                                PlainPassword password) {

    public UpdateUserCommand {
        Objects.requireNonNull(userId, "userId");
    }

    public UpdateUserCommand(UserId userId, DisplayName name, Username username, Profile profile) {
        this(userId, name, username, profile, null, null);
    }

    public static UpdateUserCommand of(UserId userId, String name, String username,
                                       String bio, String avatar, String website) {
        return of(userId, name, username, bio, avatar, website, null, null);
    }

    public static UpdateUserCommand of(UserId userId, String name, String username, String bio, String avatar,
                                       String website, String email, String password) {
        InputCheck check = new InputCheck();
        DisplayName n = check.optional(name, () -> new DisplayName(name));
        Username u = check.optional(username, () -> new Username(username));
        Profile p = check.check(() -> new Profile(bio, avatar, website));
        Email e = check.optional(email, () -> new Email(email));
        PlainPassword pw = check.optional(password, () -> new PlainPassword(password));
        check.throwIfInvalid();
        return new UpdateUserCommand(userId, n, u, p == null || p.isEmpty() ? null : p, e, pw);
    }
}
