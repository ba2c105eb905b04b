package dev.inkwell.bootstrap.limits;

import dev.inkwell.adapters.rest.shared.RateLimited.Budget;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets in PostgreSQL (Bucket4j's "select for update" proxy manager on the service's own
 * pool, table {@code rate_limit_buckets}): every instance spends from the same bucket, so a limit
 * holds however many instances run. A bucket holds the budget's size and refills it evenly over
 * its period; an idle bucket's row expires once it would be full again and is deleted by
 * {@link LimitsCleanup}.
 */
@ApplicationScoped
public class RateLimiter {

    static final String TABLE = "rate_limit_buckets";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<Budget, BucketConfiguration> budgets = new EnumMap<>(Budget.class);

    public RateLimiter(AgroalDataSource dataSource, LimitsConfig limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        configure(Budget.LOGIN, limits.loginPerMinute(), Duration.ofMinutes(1));
        configure(Budget.REGISTRATION, limits.registrationsPerHour(), Duration.ofHours(1));
        configure(Budget.WRITE, limits.writesPerMinute(), Duration.ofMinutes(1));
    }

    private void configure(Budget budget, int size, Duration period) {
        if (size < 0) {
            throw new IllegalArgumentException("inkwell.limits: the " + budget + " limit must be 0 (off) or more");
        }
        if (size > 0) {
            budgets.put(budget, BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(size).refillGreedy(size, period)).build());
        }
    }

    public boolean enabled(Budget budget) {
        return budgets.containsKey(budget);
    }

    /**
     * Spends one token of {@code budget} for {@code key} (a client address, a user id). Empty when
     * allowed; otherwise how long until a token is back. Runs in its own short transaction on a
     * pooled connection, never inside the caller's.
     */
    public Optional<Duration> tryConsume(Budget budget, String key) {
        BucketConfiguration configuration = budgets.get(budget);
        if (configuration == null) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.builder()
                .build(budget.name().toLowerCase(java.util.Locale.ROOT) + ":" + key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes up to {@code batch} buckets that have been idle long enough to be full again. */
    int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }
}
