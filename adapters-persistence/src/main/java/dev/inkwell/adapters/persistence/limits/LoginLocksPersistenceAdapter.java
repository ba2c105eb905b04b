package dev.inkwell.adapters.persistence.limits;

import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.out.LoginLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The login lock's counts in {@code login_locks}: one atomic upsert per failure, so concurrent
 * failures through any number of instances are all counted.
 */
@ApplicationScoped
public class LoginLocksPersistenceAdapter implements LoginLocks {

    private static final String RECORD_FAILURE = """
            insert into login_locks as l (account_key, failures, window_started_at, locked_until)
            values (:key, 1, :now, case when 1 >= :max then cast(:lockEnd as timestamptz) end)
            on conflict (account_key) do update set
              failures = case when l.window_started_at <= :windowStart then 1 else l.failures + 1 end,
              window_started_at = case when l.window_started_at <= :windowStart then :now else l.window_started_at end,
              locked_until = case
                when (case when l.window_started_at <= :windowStart then 1 else l.failures + 1 end) >= :max
                  then cast(:lockEnd as timestamptz)
                else l.locked_until end
            returning locked_until""";

    private final EntityManager em;

    @Inject
    public LoginLocksPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Instant> lockedUntil(String accountKey, Instant now) {
        List<?> rows = em.createNativeQuery(
                        "select locked_until from login_locks where account_key = :key and locked_until > :now")
                .setParameter("key", accountKey).setParameter("now", at(now)).getResultList();
        return rows.stream().findFirst().map(LoginLocksPersistenceAdapter::instant);
    }

    @Override
    public Optional<Instant> recordFailure(String accountKey, Instant now, LoginLockPolicy policy) {
        Object lockedUntil = em.createNativeQuery(RECORD_FAILURE)
                .setParameter("key", accountKey)
                .setParameter("now", at(now))
                .setParameter("max", policy.maxFailures())
                .setParameter("lockEnd", at(now.plus(policy.lockFor())))
                .setParameter("windowStart", at(now.minus(policy.window())))
                .getSingleResult();
        return Optional.ofNullable(lockedUntil).map(LoginLocksPersistenceAdapter::instant).filter(until -> until.isAfter(now));
    }

    @Override
    public void clear(String accountKey) {
        em.createNativeQuery("delete from login_locks where account_key = :key")
                .setParameter("key", accountKey).executeUpdate();
    }

    @Override
    public int purgeExpired(Instant now, LoginLockPolicy policy) {
        return em.createNativeQuery("""
                        delete from login_locks where account_key in (
                          select account_key from login_locks
                          where window_started_at <= :windowStart and (locked_until is null or locked_until <= :now)
                          limit 10000 for update skip locked)""")
                .setParameter("windowStart", at(now.minus(policy.window())))
                .setParameter("now", at(now))
                .executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
