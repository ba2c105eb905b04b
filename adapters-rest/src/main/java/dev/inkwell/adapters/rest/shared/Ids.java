package dev.inkwell.adapters.rest.shared;

import dev.inkwell.application.port.in.Uuids;
import dev.inkwell.domain.error.InvalidInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Path and query ids arrive as text so that a malformed one is a 400, not JAX-RS' 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String text, String field) {
        return Uuids.parse(field, text);
    }

    public static UUID optionalUuid(String text, String field) {
        return text == null || text.isEmpty() ? null : uuid(text, field);
    }

    /** A whole number of at least 1 (a revision's number): anything else is a 400 on {@code field}. */
    public static int positive(String text, String field) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number under 1
        }
        throw InvalidInput.of(field, "must be an integer of at least 1");
    }

    /**
     * An instant with its offset, as ISO 8601 ({@code 2026-12-01T09:00:00Z},
     * {@code 2026-12-01T10:00:00+01:00}); a time without an offset is ambiguous and a 400.
     */
    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T09:00:00Z");
        }
    }

    public static boolean flag(String text, String field) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw InvalidInput.of(field, "must be true or false");
    }
}
