package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.RegisteredWebhook;
import dev.inkwell.application.port.model.WebhookViews.WebhookView;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.webhook.WebhookId;
import java.util.List;

/** ADMINs register, list and delete webhooks and read their deliveries; everyone else gets 403. */
public interface ManageWebhooksUseCase {

    /** {@code secret} null: one is generated. 400 for a bad URL, event or secret, or a refused target. */
    RegisteredWebhook register(Actor actor, String url, List<String> events, String secret);

    List<WebhookView> list(Actor actor);

    /** 404 when there is no such webhook. */
    void delete(Actor actor, WebhookId id);

    /** 404 when there is no such webhook. */
    Page<AttemptView> deliveries(Actor actor, WebhookId id, PageRequest page);
}
