package dev.inkwell.application.port.in;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import java.util.Objects;

/** A partial update: null fields stay as they are. */
public record UpdateUserCommand(UserId userId, DisplayName name, Username username, Profile profile) {

    public UpdateUserCommand {
        Objects.requireNonNull(userId, "userId");
    }

    public static UpdateUserCommand of(UserId userId, String name, String username,
                                       String bio, String avatar, String website) {
        InputCheck check = new InputCheck();
        DisplayName n = check.optional(name, () -> new DisplayName(name));
        Username u = check.optional(username, () -> new Username(username));
        Profile p = check.check(() -> new Profile(bio, avatar, website));
        check.throwIfInvalid();
        return new UpdateUserCommand(userId, n, u, p == null || p.isEmpty() ? null : p);
    }
}
