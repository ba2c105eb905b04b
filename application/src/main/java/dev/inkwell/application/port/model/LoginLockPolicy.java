package dev.inkwell.application.port.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The per-account login lock: {@code maxFailures} failed logins within {@code window} lock the
 * account for {@code lockFor}. {@code maxFailures} 0 turns the lock off.
 */
public record LoginLockPolicy(int maxFailures, Duration window, Duration lockFor) {

    public static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    public LoginLockPolicy {
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures must be 0 (off) or more, was " + maxFailures);
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockFor, "lockFor");
    }

    /** The contract's rule: {@code maxFailures} in 15 minutes lock the account for 15 minutes. */
    public static LoginLockPolicy of(int maxFailures) {
        return new LoginLockPolicy(maxFailures, FIFTEEN_MINUTES, FIFTEEN_MINUTES);
    }

    public boolean enabled() {
        return maxFailures > 0;
    }
}
