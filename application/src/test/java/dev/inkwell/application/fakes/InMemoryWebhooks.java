package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.WebhookViews.AttemptRecord;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.application.port.model.WebhookViews.WebhookView;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.application.port.out.Webhooks;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import dev.inkwell.domain.webhook.Webhook;
import dev.inkwell.domain.webhook.WebhookEvent;
import dev.inkwell.domain.webhook.WebhookId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhooks, the outbox and the delivery queue in maps: one dispatcher at a time, no locks to skip. */
public class InMemoryWebhooks implements Webhooks, WebhookOutbox {

    private record StoredEvent(OutboxEvent event, String body) {
    }

    private static final class Delivery {
        final UUID webhook;
        final UUID event;
        int attempts;
        String status = "pending";
        Instant next;

        Delivery(UUID webhook, UUID event, Instant next) {
            this.webhook = webhook;
            this.event = event;
            this.next = next;
        }
    }

    private final Map<UUID, Webhook> webhooks = new LinkedHashMap<>();
    private final Map<UUID, StoredEvent> events = new LinkedHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<AttemptRecord> attempts = new ArrayList<>();

    @Override
    public void add(Webhook webhook) {
        webhooks.put(webhook.id().value(), webhook);
    }

    @Override
    public List<WebhookView> all() {
        return webhooks.values().stream().sorted(Comparator.comparing(Webhook::createdAt)
                        .thenComparing(w -> w.id().value()))
                .map(w -> new WebhookView(w.id().value(), w.url().toString(),
                        w.events().stream().sorted().map(WebhookEvent::wireName).toList(), w.createdAt()))
                .toList();
    }

    @Override
    public boolean exists(WebhookId id) {
        return webhooks.containsKey(id.value());
    }

    @Override
    public boolean remove(WebhookId id) {
        deliveries.removeIf(d -> d.webhook.equals(id.value()));
        attempts.removeIf(a -> a.delivery().webhookId().equals(id.value()));
        return webhooks.remove(id.value()) != null;
    }

    @Override
    public boolean subscribed(WebhookEvent event) {
        return webhooks.values().stream().anyMatch(w -> w.wants(event));
    }

    @Override
    public int record(OutboxEvent event, String body) {
        List<Webhook> subscribers = webhooks.values().stream().filter(w -> w.wants(event.type())).toList();
        if (subscribers.isEmpty()) {
            return 0;
        }
        events.put(event.id(), new StoredEvent(event, body));
        subscribers.forEach(w -> deliveries.add(new Delivery(w.id().value(), event.id(), event.occurredAt())));
        return subscribers.size();
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
        return deliveries.stream().filter(d -> d.status.equals("pending") && !d.next.isAfter(now))
                .sorted(Comparator.comparing(d -> d.next)).limit(limit).toList().stream()
                .map(d -> {
                    d.attempts++;
                    d.next = leaseUntil;
                    Webhook w = webhooks.get(d.webhook);
                    StoredEvent e = events.get(d.event);
                    return new DueDelivery(d.webhook, d.event, d.attempts, w.url().toString(), w.secret().value(),
                            e.event().type().wireName(), e.body());
                }).toList();
    }

    @Override
    public boolean finish(AttemptRecord attempt) {
        DueDelivery due = attempt.delivery();
        Delivery delivery = deliveries.stream().filter(d -> d.webhook.equals(due.webhookId())
                        && d.event.equals(due.eventId()) && d.attempts == due.attempt() && d.status.equals("pending"))
                .findFirst().orElse(null);
        if (delivery == null) {
            return false;
        }
        boolean retrying = attempt.status() == AttemptStatus.RETRYING;
        delivery.status = retrying ? "pending" : attempt.status().wireName();
        delivery.next = retrying ? attempt.nextAttemptAt() : attempt.at();
        attempts.add(attempt);
        return true;
    }

    @Override
    public Page<AttemptView> attempts(WebhookId webhook, PageRequest page) {
        List<AttemptRecord> mine = attempts.stream().filter(a -> a.delivery().webhookId().equals(webhook.value()))
                .sorted(Comparator.comparing(AttemptRecord::at).thenComparing(AttemptRecord::id).reversed()).toList();
        List<AttemptView> items = mine.stream().skip(page.offset()).limit(page.limit())
                .map(a -> new AttemptView(a.id(), events.get(a.delivery().eventId()).event().type().wireName(),
                        a.delivery().eventId(), a.delivery().attempt(), a.status(), a.responseCode(), a.error(), a.at()))
                .toList();
        return new Page<>(items, page.page(), page.limit(), mine.size());
    }

    @Override
    public long backlog() {
        return deliveries.stream().filter(d -> d.status.equals("pending")).count();
    }

    @Override
    public int prune(Instant before, int limit) {
        List<UUID> gone = events.values().stream().map(StoredEvent::event)
                .filter(e -> e.occurredAt().isBefore(before))
                .filter(e -> deliveries.stream().noneMatch(d -> d.event.equals(e.id()) && d.status.equals("pending")))
                .sorted(Comparator.comparing(OutboxEvent::occurredAt)).limit(limit).map(OutboxEvent::id).toList();
        gone.forEach(id -> {
            events.remove(id);
            deliveries.removeIf(d -> d.event.equals(id));
            attempts.removeIf(a -> a.delivery().eventId().equals(id));
        });
        return gone.size();
    }

    /** The stored body of an event, for tests. */
    public String body(UUID event) {
        StoredEvent stored = events.get(event);
        return stored == null ? null : stored.body();
    }

    public List<OutboxEvent> events() {
        return events.values().stream().map(StoredEvent::event).toList();
    }
}
