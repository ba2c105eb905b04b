package dev.inkwell.bootstrap.limits;

import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.out.LoginLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Keeps the limit tables small: login counts whose window and lock are over, and buckets idle
 * long enough to be full again, are deleted every 10 minutes. Safe on any number of instances:
 * each deletes rows the others have not locked ({@code SKIP LOCKED}), in bounded batches.
 */
@ApplicationScoped
public class LimitsCleanup {

    private static final Logger LOG = Logger.getLogger(LimitsCleanup.class);
    /** Must match the batch of {@code LoginLocksPersistenceAdapter.purgeExpired}. */
    private static final int BATCH = 10_000;
    private static final int MAX_ROUNDS = 20;

    private final LoginLocks locks;
    private final LoginLockPolicy policy;
    private final RateLimiter limiter;
    private final Clock clock;

    public LimitsCleanup(LoginLocks locks, LoginLockPolicy policy, RateLimiter limiter, Clock clock) {
        this.locks = locks;
        this.policy = policy;
        this.limiter = limiter;
        this.clock = clock;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int logins = 0;
            int buckets = 0;
            // a full batch means more is waiting (a spray of e-mails or addresses): go on, within bounds
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int purged = QuarkusTransaction.requiringNew().call(() -> locks.purgeExpired(clock.instant(), policy));
                int removed = limiter.removeExpired(BATCH);
                logins += purged;
                buckets += removed;
                if (purged < BATCH && removed < BATCH) {
                    break;
                }
            }
            if (logins + buckets > 0) {
                LOG.debugf("forgot %d login counts and %d idle rate-limit buckets", logins, buckets);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not clean the limit tables (next try in 10 minutes): %s", e.getMessage());
        }
    }
}
