package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.out.LoginLocks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The login lock's counts in a map; held to {@code LoginLocksContract} like the PostgreSQL adapter. */
public class InMemoryLoginLocks implements LoginLocks {

    private record Entry(int failures, Instant windowStartedAt, Instant lockedUntil) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized Optional<Instant> lockedUntil(String accountKey, Instant now) {
        return Optional.ofNullable(entries.get(accountKey)).map(Entry::lockedUntil).filter(until -> until.isAfter(now));
    }

    @Override
    public synchronized Optional<Instant> recordFailure(String accountKey, Instant now, LoginLockPolicy policy) {
        Entry old = entries.get(accountKey);
        boolean fresh = old == null || !old.windowStartedAt().isAfter(now.minus(policy.window()));
        int failures = fresh ? 1 : old.failures() + 1;
        Instant windowStart = fresh ? now : old.windowStartedAt();
        Instant lockedUntil = failures >= policy.maxFailures() ? now.plus(policy.lockFor())
                : old == null ? null : old.lockedUntil();
        entries.put(accountKey, new Entry(failures, windowStart, lockedUntil));
        return Optional.ofNullable(lockedUntil).filter(until -> until.isAfter(now));
    }

    @Override
    public synchronized void clear(String accountKey) {
        entries.remove(accountKey);
    }

    @Override
    public synchronized int purgeExpired(Instant now, LoginLockPolicy policy) {
        int before = entries.size();
        entries.values().removeIf(e -> !e.windowStartedAt().isAfter(now.minus(policy.window()))
                && (e.lockedUntil() == null || !e.lockedUntil().isAfter(now)));
        return before - entries.size();
    }
}
