package dev.inkwell.domain.webhook;

import java.util.Objects;
import java.util.UUID;

public record WebhookId(UUID value) {

    public WebhookId {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookId random() {
        return new WebhookId(UUID.randomUUID());
    }
}
