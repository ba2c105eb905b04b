package dev.inkwell.application.post;

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
            return new FeedCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw InvalidInput.of(FIELD, "is not a cursor this service issued; use nextCursor from a previous page");
        }
    }
}
