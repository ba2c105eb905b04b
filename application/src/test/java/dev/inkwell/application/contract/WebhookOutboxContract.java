package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.WebhookViews.AttemptRecord;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.application.port.model.WebhookViews.PostRef;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.application.port.out.Webhooks;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import dev.inkwell.domain.webhook.Webhook;
import dev.inkwell.domain.webhook.WebhookEvent;
import dev.inkwell.domain.webhook.WebhookId;
import dev.inkwell.domain.webhook.WebhookSecret;
import dev.inkwell.domain.webhook.WebhookUrl;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What {@link Webhooks} and {@link WebhookOutbox} promise; run against the fakes and PostgreSQL.
 * Events are dated far in the future (each test its own hour), so a dispatcher running beside the
 * tests never finds them due, and only this contract's own webhooks are looked at.
 */
public abstract class WebhookOutboxContract extends PortContract {

    private static final AtomicLong HOURS = new AtomicLong();

    private Webhooks webhooks() {
        return storage().webhooks();
    }

    private WebhookOutbox outbox() {
        return storage().webhookOutbox();
    }

    private static Instant farAhead() {
        return Instant.parse("2200-01-01T00:00:00Z").plus(HOURS.incrementAndGet() * 24 + (long) (Math.random() * 1e6),
                ChronoUnit.HOURS);
    }

    private Webhook webhook(Instant createdAt, WebhookEvent... events) {
        Webhook webhook = new Webhook(WebhookId.random(), WebhookUrl.of("https://hooks.example.com/" + UUID.randomUUID()),
                Set.of(events), WebhookSecret.given("contract-secret-0123456789"), createdAt);
        tx().run(() -> webhooks().add(webhook));
        return webhook;
    }

    private OutboxEvent event(WebhookEvent type, Instant at) {
        return new OutboxEvent(UUID.randomUUID(), type, at, new PostRef(UUID.randomUUID(), "a-slug"));
    }

    private List<DueDelivery> claim(Instant now, Webhook... mine) {
        Set<UUID> ids = Set.of(java.util.Arrays.stream(mine).map(w -> w.id().value()).toArray(UUID[]::new));
        return tx().call(() -> outbox().claimDue(now, 1000, now.plusSeconds(60))).stream()
                .filter(d -> ids.contains(d.webhookId())).toList();
    }

    private boolean finish(DueDelivery delivery, AttemptStatus status, Integer code, String error, Instant at,
                           Instant next) {
        return tx().call(() -> outbox().finish(new AttemptRecord(UUID.randomUUID(), delivery, status, code, error, at,
                next)));
    }

    @Test
    void an_event_is_queued_for_every_webhook_subscribed_to_it_with_its_body() {
        Instant t = farAhead();
        Webhook published = webhook(t, WebhookEvent.POST_PUBLISHED);
        Webhook both = webhook(t, WebhookEvent.POST_PUBLISHED, WebhookEvent.COMMENT_CREATED);
        Webhook other = webhook(t, WebhookEvent.POST_DELETED);
        OutboxEvent event = event(WebhookEvent.POST_PUBLISHED, t);
        assertThat(tx().call(() -> outbox().subscribed(WebhookEvent.POST_PUBLISHED))).isTrue();
        assertThat(tx().call(() -> outbox().record(event, "{\"the\":\"body\"}"))).isGreaterThanOrEqualTo(2);

        List<DueDelivery> due = claim(t, published, both, other);
        assertThat(due).extracting(DueDelivery::webhookId)
                .containsExactlyInAnyOrder(published.id().value(), both.id().value());
        assertThat(due).allSatisfy(d -> {
            assertThat(d.eventId()).isEqualTo(event.id());
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.event()).isEqualTo("post.published");
            assertThat(d.body()).isEqualTo("{\"the\":\"body\"}");
            assertThat(d.secret()).isEqualTo("contract-secret-0123456789");
        });
        assertThat(due.stream().filter(d -> d.webhookId().equals(both.id().value())).findFirst().orElseThrow().url())
                .isEqualTo(both.url().toString());
    }

    @Test
    void a_delivery_is_due_at_its_time_and_a_claim_leases_it_so_no_one_else_gets_that_attempt() {
        Instant t = farAhead();
        Webhook hook = webhook(t, WebhookEvent.COMMENT_DELETED);
        tx().run(() -> outbox().record(event(WebhookEvent.COMMENT_DELETED, t), "{}"));
        assertThat(claim(t.minusMillis(1), hook)).isEmpty();
        List<DueDelivery> first = claim(t, hook);
        assertThat(first).hasSize(1);
        assertThat(claim(t.plusSeconds(59), hook)).isEmpty(); // leased until t + 60 s
        List<DueDelivery> again = claim(t.plusSeconds(61), hook); // the sender died: the lease ran out
        assertThat(again).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(2));
        // the first sender's late outcome is no longer the delivery's: refused, nothing changes
        assertThat(finish(first.get(0), AttemptStatus.SUCCEEDED, 200, null, t.plusSeconds(62), null)).isFalse();
        assertThat(tx().call(() -> outbox().attempts(hook.id(), new PageRequest(1, 10))).total()).isZero();
    }

    @Test
    void outcomes_schedule_the_next_attempt_or_end_the_delivery_and_are_listed_newest_first() {
        Instant t = farAhead();
        Webhook hook = webhook(t, WebhookEvent.POST_UPDATED);
        OutboxEvent event = event(WebhookEvent.POST_UPDATED, t);
        tx().run(() -> outbox().record(event, "{}"));
        DueDelivery first = claim(t, hook).get(0);
        assertThat(finish(first, AttemptStatus.RETRYING, 500, "HTTP 500", t.plusSeconds(1), t.plusSeconds(2))).isTrue();
        assertThat(claim(t.plusSeconds(1), hook)).isEmpty();
        DueDelivery second = claim(t.plusSeconds(2), hook).get(0);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(finish(second, AttemptStatus.SUCCEEDED, 204, null, t.plusSeconds(3), null)).isTrue();
        assertThat(claim(t.plus(1, ChronoUnit.DAYS), hook)).isEmpty(); // succeeded: never again
        assertThat(finish(second, AttemptStatus.SUCCEEDED, 204, null, t.plusSeconds(4), null)).isFalse();

        Page<AttemptView> page = tx().call(() -> outbox().attempts(hook.id(), new PageRequest(1, 10)));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AttemptView::attempt).containsExactly(2, 1);
        AttemptView failed = page.items().get(1);
        assertThat(failed.status()).isEqualTo(AttemptStatus.RETRYING);
        assertThat(failed.responseCode()).isEqualTo(500);
        assertThat(failed.error()).isEqualTo("HTTP 500");
        assertThat(failed.event()).isEqualTo("post.updated");
        assertThat(failed.eventId()).isEqualTo(event.id());
        assertThat(failed.at()).isEqualTo(t.plusSeconds(1));
        AttemptView ok = page.items().get(0);
        assertThat(ok.status()).isEqualTo(AttemptStatus.SUCCEEDED);
        assertThat(ok.responseCode()).isEqualTo(204);
        assertThat(ok.error()).isNull();
        assertThat(tx().call(() -> outbox().attempts(hook.id(), new PageRequest(2, 1))).items())
                .extracting(AttemptView::attempt).containsExactly(1);
    }

    @Test
    void a_failed_delivery_is_never_claimed_again_and_an_attempt_without_an_answer_keeps_its_error() {
        Instant t = farAhead();
        Webhook hook = webhook(t, WebhookEvent.POST_DELETED);
        tx().run(() -> outbox().record(event(WebhookEvent.POST_DELETED, t), "{}"));
        DueDelivery only = claim(t, hook).get(0);
        assertThat(finish(only, AttemptStatus.FAILED, null, "connection refused", t.plusSeconds(1), null)).isTrue();
        assertThat(claim(t.plus(1, ChronoUnit.DAYS), hook)).isEmpty();
        AttemptView view = tx().call(() -> outbox().attempts(hook.id(), new PageRequest(1, 10))).items().get(0);
        assertThat(view.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(view.responseCode()).isNull();
        assertThat(view.error()).isEqualTo("connection refused");
    }

    @Test
    void webhooks_are_listed_oldest_first_without_secrets_and_removed_with_their_deliveries_and_attempts() {
        Instant t = farAhead();
        Webhook older = webhook(t, WebhookEvent.POST_PUBLISHED, WebhookEvent.COMMENT_DELETED);
        Webhook newer = webhook(t.plusSeconds(1), WebhookEvent.COMMENT_CREATED);
        List<UUID> listed = tx().call(() -> webhooks().all()).stream().map(v -> v.id())
                .filter(id -> id.equals(older.id().value()) || id.equals(newer.id().value())).toList();
        assertThat(listed).containsExactly(older.id().value(), newer.id().value());
        assertThat(tx().call(() -> webhooks().all()).stream().filter(v -> v.id().equals(older.id().value()))
                .findFirst().orElseThrow().events()).containsExactly("post.published", "comment.deleted");
        assertThat(tx().call(() -> webhooks().exists(older.id()))).isTrue();

        tx().run(() -> outbox().record(event(WebhookEvent.COMMENT_DELETED, t), "{}"));
        DueDelivery due = claim(t, older).get(0);
        assertThat(finish(due, AttemptStatus.RETRYING, 500, "HTTP 500", t, t.plusSeconds(1))).isTrue();
        assertThat(tx().call(() -> webhooks().remove(older.id()))).isTrue();
        assertThat(tx().call(() -> webhooks().remove(older.id()))).isFalse();
        assertThat(tx().call(() -> webhooks().exists(older.id()))).isFalse();
        assertThat(claim(t.plus(1, ChronoUnit.DAYS), older)).isEmpty();
        assertThat(tx().call(() -> outbox().attempts(older.id(), new PageRequest(1, 10))).total()).isZero();
        assertThat(tx().call(() -> webhooks().exists(newer.id()))).isTrue();
    }

    @Test
    void finished_events_older_than_the_horizon_are_pruned_with_their_attempts_and_pending_ones_are_kept() {
        Instant t = farAhead();
        Webhook hook = webhook(t, WebhookEvent.POST_UNPUBLISHED);
        OutboxEvent done = event(WebhookEvent.POST_UNPUBLISHED, t);
        OutboxEvent pending = event(WebhookEvent.POST_UNPUBLISHED, t.plusSeconds(1));
        tx().run(() -> outbox().record(done, "{}"));
        tx().run(() -> outbox().record(pending, "{}"));
        DueDelivery first = claim(t, hook).get(0);
        assertThat(first.eventId()).isEqualTo(done.id());
        assertThat(finish(first, AttemptStatus.SUCCEEDED, 200, null, t, null)).isTrue();
        // the database holds other tests' events too: prune far enough to reach this test's, and count its own
        int pruned = tx().call(() -> outbox().prune(t.plus(1, ChronoUnit.DAYS), 100_000));
        assertThat(pruned).isGreaterThanOrEqualTo(1);
        assertThat(tx().call(() -> outbox().attempts(hook.id(), new PageRequest(1, 10))).total()).isZero();
        List<DueDelivery> left = claim(t.plusSeconds(1), hook);
        assertThat(left).extracting(DueDelivery::eventId).containsExactly(pending.id()); // still there, still due
    }
}
