package dev.inkwell.adapters.persistence.webhook;

import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code webhooks}, the outbox {@code webhook_events}, the queue {@code webhook_deliveries} and
 * {@code webhook_attempts} (V9). Writes go through the caller's transaction (Hibernate's
 * connection); the claim is one statement that picks the due rows {@code FOR UPDATE SKIP LOCKED}
 * and leases them in the same breath.
 */
@ApplicationScoped
public class WebhookPersistenceAdapter implements Webhooks, WebhookOutbox {

    private final EntityManager em;
    private final SqlProjections sql;

    @Inject
    public WebhookPersistenceAdapter(EntityManager em, SqlProjections sql) {
        this.em = em;
        this.sql = sql;
    }

    @Override
    public void add(Webhook webhook) {
        em.createNativeQuery("insert into webhooks (id, url, events, secret, created_at)"
                        + " values (:id, :url, cast(:events as text[]), :secret, :at)")
                .setParameter("id", webhook.id().value())
                .setParameter("url", webhook.url().toString())
                .setParameter("events", arrayLiteral(webhook.events().stream().sorted().map(WebhookEvent::wireName)
                        .toList()))
                .setParameter("secret", webhook.secret().value())
                .setParameter("at", webhook.createdAt())
                .executeUpdate();
    }

    @Override
    public List<WebhookView> all() {
        return sql.rows(new SqlQuery("select id, url, array_to_string(events, ',') as events, created_at from webhooks"
                        + " order by created_at, id", new LinkedHashMap<>())).stream()
                .map(r -> new WebhookView(uuid(r, "id"), string(r, "url"),
                        Arrays.asList(string(r, "events").split(",")), instant(r, "created_at")))
                .toList();
    }

    @Override
    public boolean exists(WebhookId id) {
        return sql.count(new SqlQuery("select count(*) from webhooks where id = :id",
                new LinkedHashMap<>(Map.of("id", id.value())))) > 0;
    }

    @Override
    public boolean remove(WebhookId id) {
        return em.createNativeQuery("delete from webhooks where id = :id").setParameter("id", id.value())
                .executeUpdate() > 0;
    }

    @Override
    public boolean subscribed(WebhookEvent event) {
        return sql.count(new SqlQuery("select count(*) from (select 1 from webhooks where :event = any(events)"
                + " limit 1) s", new LinkedHashMap<>(Map.of("event", event.wireName())))) > 0;
    }

    /** One statement: the event, if anyone subscribes, and a delivery for each subscriber. */
    @Override
    public int record(OutboxEvent event, String body) {
        return em.createNativeQuery("with subscribers as (select id from webhooks where :event = any(events)),"
                        + " stored as (insert into webhook_events (id, event, occurred_at, body)"
                        + " select :id, :event, :at, :body where exists (select 1 from subscribers) returning id)"
                        + " insert into webhook_deliveries (webhook_id, event_id, next_attempt_at)"
                        + " select s.id, stored.id, :at from subscribers s cross join stored")
                .setParameter("event", event.type().wireName())
                .setParameter("id", event.id())
                .setParameter("at", event.occurredAt())
                .setParameter("body", body)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
        List<Tuple> rows = em.createNativeQuery("with due as (select webhook_id, event_id from webhook_deliveries"
                        + " where status = 'pending' and next_attempt_at <= :now order by next_attempt_at"
                        + " limit :limit for update skip locked),"
                        + " claimed as (update webhook_deliveries d set attempts = d.attempts + 1,"
                        + " next_attempt_at = :lease from due where d.webhook_id = due.webhook_id"
                        + " and d.event_id = due.event_id returning d.webhook_id, d.event_id, d.attempts)"
                        + " select c.webhook_id, c.event_id, c.attempts, w.url, w.secret, e.event, e.body"
                        + " from claimed c join webhooks w on w.id = c.webhook_id"
                        + " join webhook_events e on e.id = c.event_id", Tuple.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setParameter("lease", leaseUntil)
                .getResultList();
        return rows.stream().map(r -> new DueDelivery(uuid(r, "webhook_id"), uuid(r, "event_id"),
                ((Number) r.get("attempts")).intValue(), string(r, "url"), string(r, "secret"), string(r, "event"),
                string(r, "body"))).toList();
    }

    @Override
    public boolean finish(AttemptRecord attempt) {
        DueDelivery delivery = attempt.delivery();
        // the webhook's row first, as a delete takes it (then its deliveries): the same order, no deadlock
        if (em.createNativeQuery("select id from webhooks where id = :webhook for key share")
                .setParameter("webhook", delivery.webhookId()).getResultList().isEmpty()) {
            return false;
        }
        boolean pending = attempt.status() == AttemptStatus.RETRYING;
        int updated = em.createNativeQuery("update webhook_deliveries set status = :status,"
                        + " next_attempt_at = :next"
                        + " where webhook_id = :webhook and event_id = :event and attempts = :attempt"
                        + " and status = 'pending'")
                .setParameter("status", pending ? "pending" : attempt.status().wireName())
                // a finished delivery keeps the time it finished at (the due index no longer holds it)
                .setParameter("next", pending ? attempt.nextAttemptAt() : attempt.at())
                .setParameter("webhook", delivery.webhookId())
                .setParameter("event", delivery.eventId())
                .setParameter("attempt", delivery.attempt())
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        em.createNativeQuery("insert into webhook_attempts (id, webhook_id, event_id, attempt, status, response_code,"
                        + " error, at) values (:id, :webhook, :event, :attempt, :status, cast(:code as integer),"
                        + " cast(:error as varchar), :at)")
                .setParameter("id", attempt.id())
                .setParameter("webhook", delivery.webhookId())
                .setParameter("event", delivery.eventId())
                .setParameter("attempt", delivery.attempt())
                .setParameter("status", attempt.status().wireName())
                .setParameter("code", attempt.responseCode())
                .setParameter("error", attempt.error())
                .setParameter("at", attempt.at())
                .executeUpdate();
        return true;
    }

    @Override
    public Page<AttemptView> attempts(WebhookId webhook, PageRequest page) {
        List<Tuple> rows = sql.rows(new SqlQuery("select a.id, e.event, a.event_id, a.attempt, a.status,"
                + " a.response_code, a.error, a.at from webhook_attempts a join webhook_events e on e.id = a.event_id"
                + " where a.webhook_id = :webhook order by a.at desc, a.id desc limit :limit offset :offset",
                new LinkedHashMap<>(Map.of("webhook", webhook.value(), "limit", page.limit(),
                        "offset", page.offset()))));
        List<AttemptView> items = rows.stream().map(r -> new AttemptView(uuid(r, "id"), string(r, "event"),
                uuid(r, "event_id"), ((Number) r.get("attempt")).intValue(),
                AttemptStatus.valueOf(string(r, "status").toUpperCase(Locale.ROOT)),
                r.get("response_code") == null ? null : ((Number) r.get("response_code")).intValue(),
                string(r, "error"), instant(r, "at"))).toList();
        return SqlProjections.page(items, page, () -> sql.count(new SqlQuery(
                "select count(*) from webhook_attempts where webhook_id = :webhook",
                new LinkedHashMap<>(Map.of("webhook", webhook.value())))));
    }

    @Override
    public long backlog() {
        return sql.count(new SqlQuery("select count(*) from webhook_deliveries where status = 'pending'",
                new LinkedHashMap<>()));
    }

    /** Oldest first, rows another instance is pruning skipped; the attempts and deliveries go by cascade. */
    @Override
    public int prune(Instant before, int limit) {
        return em.createNativeQuery("delete from webhook_events where id in (select e.id from webhook_events e"
                        + " where e.occurred_at < :before and not exists (select 1 from webhook_deliveries d"
                        + " where d.event_id = e.id and d.status = 'pending') order by e.occurred_at limit :limit"
                        + " for update skip locked)")
                .setParameter("before", before)
                .setParameter("limit", limit)
                .executeUpdate();
    }

    /** A PostgreSQL array literal of event names (which never contain quotes, commas or braces). */
    private static String arrayLiteral(List<String> names) {
        return "{" + String.join(",", names) + "}";
    }
}
