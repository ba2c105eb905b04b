package dev.inkwell.adapters.rest.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Work of which only a few may run at once in this process (it holds much memory while it runs):
 * a caller waits its turn, fairly, up to a bound, and is told when none came free.
 */
public final class BoundedWork {

    private final Semaphore permits;
    private final long waitMillis;

    public BoundedWork(int atOnce, Duration wait) {
        this.permits = new Semaphore(atOnce, true);
        this.waitMillis = wait.toMillis();
    }

    /** {@code work}'s result once a permit came free within the wait; empty when none did. */
    public <T> Optional<T> run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            permits.release();
        }
    }
}
