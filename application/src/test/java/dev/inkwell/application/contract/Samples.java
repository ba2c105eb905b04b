package dev.inkwell.application.contract;

import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Values that never clash with what other tests stored in the same database. */
public final class Samples {

    private Samples() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant now() {
        return Timestamps.now(Clock.systemUTC());
    }

    public static User user(String handle, Profile profile) {
        return User.register(new Email(handle.replace('_', '.') + "@example.com"), new Username(handle),
                new DisplayName(handle), new PasswordHash("$2a$12$notreallyahash"), profile, now());
    }
}
