package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.SendResult;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import java.util.List;

/**
 * The dispatcher's side of the outbox: claim due attempts (each in its own short transaction,
 * committed before anything is sent), then record how each send ended. Sending is the caller's
 * (it must never hold a transaction or a request thread while it waits for an endpoint).
 */
public interface DeliverWebhooksUseCase {

    /** Up to {@code limit} attempts to send now; no other dispatcher gets them while they are out. */
    List<DueDelivery> claimDue(int limit);

    /** Stores the attempt and schedules the next one or ends the delivery; what the attempt's status was. */
    AttemptStatus recordAttempt(DueDelivery delivery, SendResult result);

    /** Deliveries still to succeed or fail. */
    long backlog();

    /** Forgets a batch of events older than {@code KEEP} whose deliveries are over; how many. */
    int pruneOld();
}
