package dev.inkwell.domain.webhook;

import dev.inkwell.domain.error.InvalidInput;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An HTTP endpoint told about the {@link #events} it subscribed to. Registered by an ADMIN;
 * never changed afterwards (delete it and register another).
 */
public record Webhook(WebhookId id, WebhookUrl url, Set<WebhookEvent> events, WebhookSecret secret,
                      Instant createdAt) {

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (events == null || events.isEmpty()) {
            throw InvalidInput.of("events", "must name at least one event");
        }
        events = Set.copyOf(EnumSet.copyOf(events));
    }

    /** The events named on the wire, each once; 400 on {@code events} for an empty list or an unknown name. */
    public static Set<WebhookEvent> parseEvents(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw InvalidInput.of("events", "must name at least one event");
        }
        EnumSet<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            events.add(WebhookEvent.parse(name));
        }
        return events;
    }

    public boolean wants(WebhookEvent event) {
        return events.contains(event);
    }
}
