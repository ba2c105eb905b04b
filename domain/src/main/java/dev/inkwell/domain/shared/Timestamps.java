package dev.inkwell.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every stored instant is cut to milliseconds: that is what the API prints, and it
 * round-trips through PostgreSQL (microseconds) without changing.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
