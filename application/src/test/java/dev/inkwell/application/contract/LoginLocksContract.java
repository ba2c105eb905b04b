package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.out.LoginLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link LoginLocks} promises; run against the fake and PostgreSQL. */
public abstract class LoginLocksContract extends PortContract {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");
    private static final LoginLockPolicy THREE = LoginLockPolicy.of(3);

    private LoginLocks locks() {
        return storage().loginLocks();
    }

    private Optional<Instant> fail(String key, Instant at) {
        return tx().call(() -> locks().recordFailure(key, at, THREE));
    }

    private Optional<Instant> lockedAt(String key, Instant at) {
        return tx().call(() -> locks().lockedUntil(key, at));
    }

    @Test
    void the_failure_that_reaches_the_limit_locks_the_key_for_the_lock_time() {
        String key = Samples.unique("lock") + "@example.com";
        assertThat(fail(key, T0)).isEmpty();
        assertThat(fail(key, T0.plusSeconds(60))).isEmpty();
        assertThat(lockedAt(key, T0.plusSeconds(61))).isEmpty();
        Instant third = T0.plusSeconds(120);
        assertThat(fail(key, third)).contains(third.plus(Duration.ofMinutes(15)));
        assertThat(lockedAt(key, third.plusSeconds(899))).contains(third.plus(Duration.ofMinutes(15)));
        assertThat(lockedAt(key, third.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(lockedAt(Samples.unique("other"), third.plusSeconds(1))).isEmpty();
    }

    @Test
    void failures_older_than_the_window_start_a_new_count() {
        String key = Samples.unique("lock");
        fail(key, T0);
        fail(key, T0.plusSeconds(60));
        assertThat(fail(key, T0.plus(Duration.ofMinutes(16)))).isEmpty();
        assertThat(fail(key, T0.plus(Duration.ofMinutes(17)))).isEmpty();
        assertThat(fail(key, T0.plus(Duration.ofMinutes(18)))).isPresent();
    }

    @Test
    void clearing_forgets_the_failures_and_purging_forgets_what_is_over() {
        String cleared = Samples.unique("lock");
        fail(cleared, T0);
        fail(cleared, T0);
        tx().run(() -> locks().clear(cleared));
        assertThat(fail(cleared, T0)).isEmpty();

        String locked = Samples.unique("lock");
        fail(locked, T0);
        fail(locked, T0);
        fail(locked, T0);
        Instant later = T0.plus(Duration.ofMinutes(14));
        tx().call(() -> locks().purgeExpired(later, THREE));
        assertThat(lockedAt(locked, later)).isPresent();
        Instant over = T0.plus(Duration.ofMinutes(15));
        assertThat(tx().call(() -> locks().purgeExpired(over, THREE))).isGreaterThanOrEqualTo(2);
        // forgotten: a new failure counts from 1 again
        assertThat(fail(locked, over)).isEmpty();
    }
}
