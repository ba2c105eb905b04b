package dev.inkwell.application.port.model;

import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import dev.inkwell.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Webhooks, their outbox and their deliveries as the use cases hand them around. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A registered webhook as ADMINs list it: never with its secret. */
    public record WebhookView(UUID id, String url, List<String> events, Instant createdAt) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    public record RegisteredWebhook(WebhookView webhook, String secret) {
    }

    /** One event for the outbox: {@code id} is the delivery id every subscriber sees on every attempt. */
    public record OutboxEvent(UUID id, WebhookEvent type, Instant occurredAt, WebhookData data) {
    }

    /** What an event tells (api.md "Webhooks": the public shape, or ids when nothing public is left). */
    public sealed interface WebhookData permits PostData, CommentData, PostRef, CommentRef {
    }

    /** A post as anonymous readers see it. */
    public record PostData(PostSummary post) implements WebhookData {
    }

    /** A comment as anonymous readers see it, and the post it is on. */
    public record CommentData(UUID postId, CommentView comment) implements WebhookData {
    }

    /** A post readers no longer see. */
    public record PostRef(UUID id, String slug) implements WebhookData {
    }

    /** A comment that is gone. */
    public record CommentRef(UUID id, UUID postId) implements WebhookData {
    }

    /**
     * One attempt claimed for sending: the {@code attempt}-th of this event to this webhook, with
     * what it takes to send it (the body is the stored one: the same bytes on every attempt).
     */
    public record DueDelivery(UUID webhookId, UUID eventId, int attempt, String url, String secret, String event,
                              String body) {

        @Override
        public String toString() {
            return "DueDelivery[webhook=" + webhookId + ", event=" + eventId + ", attempt=" + attempt + "]";
        }
    }

    /** How a send ended: the answer's status code, or why there was none ({@code error}). */
    public record SendResult(Integer responseCode, String error) {

        public static SendResult answered(int code) {
            return new SendResult(code, null);
        }

        public static SendResult failed(String error) {
            return new SendResult(null, error);
        }

        public boolean succeeded() {
            return responseCode != null && responseCode >= 200 && responseCode < 300;
        }
    }

    /** An attempt's outcome to store; {@code nextAttemptAt} set when it is {@code RETRYING}. */
    public record AttemptRecord(UUID id, DueDelivery delivery, AttemptStatus status, Integer responseCode,
                                String error, Instant at, Instant nextAttemptAt) {
    }

    /** An attempt as the deliveries list shows it. */
    public record AttemptView(UUID id, String event, UUID eventId, int attempt, AttemptStatus status,
                              Integer responseCode, String error, Instant at) {
    }
}
