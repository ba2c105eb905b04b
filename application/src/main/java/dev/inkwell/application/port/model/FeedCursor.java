package dev.inkwell.application.port.model;

import dev.inkwell.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in the feed: the last (publishedAt, id) a client has seen. Clients get it as an
 * opaque string; the next page starts strictly after it, so posts published in between do not
 * shift or repeat entries.
 */
public record FeedCursor(Instant publishedAt, UUID id) {

    private static final String FIELD = "after";
    /** The years a cursor can name; the service issues none outside them (PostgreSQL stops at 294276). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    public FeedCursor {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String raw = publishedAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null or empty text is the start of the feed (null). */
    public static FeedCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            Instant at = Instant.parse(raw.substring(0, bar));
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw notIssuedHere();
            }
            return new FeedCursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw notIssuedHere();
        }
    }

    private static InvalidInput notIssuedHere() {
        return InvalidInput.of(FIELD, "is not a cursor this service issued; use nextCursor from a previous page");
    }
}
