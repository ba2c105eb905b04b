package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.LoginLockPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins per account key (an e-mail as typed, normalised; also one nobody registered),
 * shared by every instance of the service. After {@link LoginLockPolicy#maxFailures()} failures
 * within {@link LoginLockPolicy#window()} the key is locked for {@link LoginLockPolicy#lockFor()}.
 */
public interface LoginLocks {

    /** The end of the key's lock, when it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String accountKey, Instant now);

    /**
     * Counts one failure at {@code now} (a failure older than the window starts a new count) and
     * returns the end of the lock when the key is locked after it.
     */
    Optional<Instant> recordFailure(String accountKey, Instant now, LoginLockPolicy policy);

    /** A successful login forgets the key's failures. */
    void clear(String accountKey);

    /** Forgets the keys whose window and lock are both over at {@code now}; returns how many. */
    int purgeExpired(Instant now, LoginLockPolicy policy);
}
