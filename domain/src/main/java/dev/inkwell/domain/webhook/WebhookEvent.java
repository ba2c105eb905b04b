package dev.inkwell.domain.webhook;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a webhook can be told about (api.md "Webhooks"), with the names on the wire. */
public enum WebhookEvent {
    POST_PUBLISHED("post.published"),
    POST_UNPUBLISHED("post.unpublished"),
    /** A published post edited. */
    POST_UPDATED("post.updated"),
    /** A published post deleted. */
    POST_DELETED("post.deleted"),
    COMMENT_CREATED("comment.created"),
    COMMENT_DELETED("comment.deleted");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event named {@code name} on the wire; 400 on {@code events} otherwise. */
    public static WebhookEvent parse(String name) {
        for (WebhookEvent event : values()) {
            if (event.wireName.equals(name)) {
                return event;
            }
        }
        throw InvalidInput.of("events", "unknown event '" + name + "'; one of " + Arrays.stream(values())
                .map(WebhookEvent::wireName).collect(Collectors.joining(", ")));
    }
}
