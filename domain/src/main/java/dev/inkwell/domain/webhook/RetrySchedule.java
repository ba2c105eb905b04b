package dev.inkwell.domain.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a delivery is tried again (api.md "Webhooks"): after attempt {@code n} failed, attempt
 * {@code n + 1} is due {@code 2^(n-1)} seconds later (1 s, 2 s, 4 s, …), never more than an hour
 * later; after {@link #maxAttempts} failed attempts the delivery has failed for good.
 */
public record RetrySchedule(int maxAttempts) {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a delivery needs at least one attempt");
        }
    }

    /** The delay after failed attempt {@code attempt} (1-based). */
    public static Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        if (attempt > 13) { // 2^12 s > 1 h: no need to compute further (and no overflow)
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << (attempt - 1));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** What attempt {@code attempt}, which ended at {@code now}, leaves the delivery in. */
    public Verdict after(int attempt, boolean succeeded, Instant now) {
        if (succeeded) {
            return new Verdict(AttemptStatus.SUCCEEDED, null);
        }
        if (attempt >= maxAttempts) {
            return new Verdict(AttemptStatus.FAILED, null);
        }
        return new Verdict(AttemptStatus.RETRYING, now.plus(delayAfter(attempt)));
    }

    /** An attempt's status and, when {@link AttemptStatus#RETRYING}, when the next is due. */
    public record Verdict(AttemptStatus status, Instant nextAttemptAt) {
    }

    /** How one attempt ended, as the deliveries list shows it. */
    public enum AttemptStatus {
        SUCCEEDED, RETRYING, FAILED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
