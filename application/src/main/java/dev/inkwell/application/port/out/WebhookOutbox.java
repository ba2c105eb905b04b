package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.WebhookViews.AttemptRecord;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.domain.webhook.WebhookEvent;
import dev.inkwell.domain.webhook.WebhookId;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox of webhook events and the queue of their deliveries. Everything here
 * runs in the caller's transaction: an event recorded with a change is kept or lost with it.
 */
public interface WebhookOutbox {

    /** Whether any webhook subscribes to {@code event} now (so the payload is worth building). */
    boolean subscribed(WebhookEvent event);

    /**
     * Keeps the event with its {@code body} and queues one delivery, due at once, for every webhook
     * subscribed to it now; returns how many. Nothing is kept when none is.
     */
    int record(OutboxEvent event, String body);

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, oldest due first, skipping those
     * another transaction holds: each claimed delivery's attempt number goes up by one and it is not
     * due again before {@code leaseUntil} (so a sender that dies is replaced then, and no one else
     * sends the same attempt meanwhile).
     */
    List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil);

    /**
     * Stores an attempt's outcome, and the delivery's state after it (succeeded, failed, or due
     * again at {@code nextAttemptAt}), unless the delivery is no longer at that attempt (its webhook
     * was deleted, or its lease ran out and someone else took it): false then, and nothing changes.
     */
    boolean finish(AttemptRecord attempt);

    /** A webhook's attempts, newest first. */
    Page<AttemptView> attempts(WebhookId webhook, PageRequest page);

    /** Deliveries not yet succeeded or failed. */
    long backlog();

    /**
     * Forgets up to {@code limit} events that occurred before {@code before} and have no delivery
     * left to make, with their deliveries and attempts; returns how many.
     */
    int prune(Instant before, int limit);
}
