package dev.inkwell.application.webhook;

import dev.inkwell.application.port.in.ManageWebhooksUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.RegisteredWebhook;
import dev.inkwell.application.port.model.WebhookViews.WebhookView;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.application.port.out.WebhookTargets;
import dev.inkwell.application.port.out.Webhooks;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.webhook.Webhook;
import dev.inkwell.domain.webhook.WebhookEvent;
import dev.inkwell.domain.webhook.WebhookId;
import dev.inkwell.domain.webhook.WebhookSecret;
import dev.inkwell.domain.webhook.WebhookUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class WebhookAdminService implements ManageWebhooksUseCase {

    /** An instance's own, created at run time (a static one would be frozen into a native image). */
    private final SecureRandom random = new SecureRandom();

    private final Webhooks webhooks;
    private final WebhookOutbox outbox;
    private final WebhookTargets targets;
    private final Clock clock;

    @Inject
    public WebhookAdminService(Webhooks webhooks, WebhookOutbox outbox, WebhookTargets targets, Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RegisteredWebhook register(Actor actor, String url, List<String> events, String secret) {
        requireAdmin(actor);
        InputCheck check = new InputCheck();
        WebhookUrl target = check.check(() -> WebhookUrl.of(url));
        Set<WebhookEvent> subscribed = check.check(() -> Webhook.parseEvents(events));
        WebhookSecret key = check.check(() -> secret == null ? generatedSecret() : WebhookSecret.given(secret));
        check.throwIfInvalid();
        targets.refusal(target).ifPresent(reason -> {
            throw InvalidInput.of("url", reason);
        });
        Webhook webhook = new Webhook(WebhookId.random(), target, subscribed, key, Timestamps.now(clock));
        webhooks.add(webhook);
        return new RegisteredWebhook(view(webhook), key.value());
    }

    @Override
    @Transactional
    public List<WebhookView> list(Actor actor) {
        requireAdmin(actor);
        return webhooks.all();
    }

    @Override
    @Transactional
    public void delete(Actor actor, WebhookId id) {
        requireAdmin(actor);
        if (!webhooks.remove(id)) {
            throw notFound();
        }
    }

    @Override
    @Transactional
    public Page<AttemptView> deliveries(Actor actor, WebhookId id, PageRequest page) {
        requireAdmin(actor);
        if (!webhooks.exists(id)) {
            throw notFound();
        }
        return outbox.attempts(id, page);
    }

    /** The view of a webhook: its events in their order of the contract. */
    static WebhookView view(Webhook webhook) {
        return new WebhookView(webhook.id().value(), webhook.url().toString(),
                webhook.events().stream().sorted().map(WebhookEvent::wireName).toList(), webhook.createdAt());
    }

    private WebhookSecret generatedSecret() {
        byte[] bytes = new byte[WebhookSecret.GENERATED_BYTES];
        random.nextBytes(bytes);
        return WebhookSecret.generated(bytes);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("only an ADMIN can manage webhooks");
        }
    }

    private static NotFound notFound() {
        return new NotFound("webhook not found");
    }
}
