package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.WebhookViews.WebhookView;
import dev.inkwell.domain.webhook.Webhook;
import dev.inkwell.domain.webhook.WebhookId;
import java.util.List;

/** The registered webhooks. */
public interface Webhooks {

    void add(Webhook webhook);

    /** Every webhook, oldest first, without secrets. */
    List<WebhookView> all();

    boolean exists(WebhookId id);

    /** Removes the webhook with its pending deliveries and its attempts; false when there was none. */
    boolean remove(WebhookId id);
}
