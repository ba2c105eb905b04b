package dev.inkwell.domain.error;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts: the request is refused for a while ({@link #retryAfter()}), whatever it says. */
public final class Throttled extends DomainException {

    private final Duration retryAfter;

    public Throttled(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as a {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
