package dev.inkwell.domain.post;

import dev.inkwell.domain.error.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a scheduled post is to be published: strictly after now and at most one year ahead
 * (contract, "Post status, scheduling and revisions"). Checked against the clock of the request;
 * once accepted, the time stays what was asked even if it is past by the time the scheduler runs.
 */
public record PublishAt(Instant value) {

    /** How far ahead a post may be scheduled. */
    public static final Duration MAX_AHEAD = Duration.ofDays(365);

    public PublishAt {
        Objects.requireNonNull(value, "value");
    }

    /** {@code requested} as a publication time asked for at {@code now}; 400 {@code publishAt} otherwise. */
    public static PublishAt requested(Instant requested, Instant now) {
        if (requested == null) {
            throw InvalidInput.of("publishAt", "is required");
        }
        requested = requested.truncatedTo(ChronoUnit.MILLIS); // as every stored instant (Timestamps)
        if (!requested.isAfter(now)) {
            throw InvalidInput.of("publishAt", "must be in the future");
        }
        if (requested.isAfter(now.plus(MAX_AHEAD))) {
            throw InvalidInput.of("publishAt", "must be at most one year ahead");
        }
        return new PublishAt(requested);
    }

    /** Whether the scheduler should publish it at {@code now}. */
    public boolean isDueAt(Instant now) {
        return !value.isAfter(now);
    }
}
