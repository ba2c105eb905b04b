package dev.inkwell.bootstrap.ops;

import dev.inkwell.adapters.persistence.routing.ReadRouting;
import dev.inkwell.bootstrap.cache.ClusterCacheBus;
import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The business and operational counters of {@code /q/metrics} (api.md, "Operations"). Domain
 * events are counted once their transaction has committed: a rolled-back publish is no publish.
 */
@ApplicationScoped
public class OperationalMetrics {

    public enum LoginOutcome { OK, FAILED, THROTTLED }

    private final Counter registrations;
    private final Counter published;
    private final Counter comments;
    private final Counter loginsOk;
    private final Counter loginsFailed;
    private final Counter loginsThrottled;
    private final Map<AttemptStatus, Counter> deliveries = new EnumMap<>(AttemptStatus.class);
    private final AtomicLong webhookBacklog = new AtomicLong();

    public OperationalMetrics(MeterRegistry registry, ClusterCacheBus bus, ReadRouting routing) {
        registrations = Counter.builder("inkwell.registrations")
                .description("Accounts created by self-registration").register(registry);
        published = Counter.builder("inkwell.posts.published")
                .description("Posts published (a post published again after unpublishing counts again)").register(registry);
        comments = Counter.builder("inkwell.comments").description("Comments written").register(registry);
        loginsOk = login(registry, "ok");
        loginsFailed = login(registry, "failed");
        loginsThrottled = login(registry, "throttled");
        FunctionCounter.builder("inkwell.slow.queries", SlowQueryLog.class, c -> SlowQueryLog.count())
                .description("SQL statements slower than inkwell.slow-query-threshold").register(registry);
        for (AttemptStatus status : AttemptStatus.values()) {
            deliveries.put(status, Counter.builder("inkwell.webhook.deliveries").tag("outcome", status.wireName())
                    .description("Webhook delivery attempts by outcome (retrying: failed, another is scheduled;"
                            + " failed: the last attempt failed)").register(registry));
        }
        Gauge.builder("inkwell.webhook.outbox.backlog", webhookBacklog, AtomicLong::get)
                .description("Webhook deliveries not yet succeeded or failed, as a dispatcher of this instance"
                        + " last counted them (every 15 s)").register(registry);
        FunctionCounter.builder("inkwell.cache.notices", bus, ClusterCacheBus::received)
                .description("Cache invalidations received from other instances (PostgreSQL NOTIFY)").register(registry);
        FunctionCounter.builder("inkwell.cache.bus.reconnects", bus, ClusterCacheBus::reconnects)
                .description("Times the cache invalidation connection was re-established (every cache dropped each time)")
                .register(registry);
        Gauge.builder("inkwell.cache.bus.listening", bus, b -> b.listening() ? 1 : 0)
                .description("1 while this instance listens for other instances' cache invalidations").register(registry);
        FunctionCounter.builder("inkwell.replica.reads", routing, ReadRouting::replicaReads).tag("outcome", "replica")
                .description("Anonymous reads by where they ran (fallback: the replica failed, the primary answered)")
                .register(registry);
        FunctionCounter.builder("inkwell.replica.reads", routing, ReadRouting::fallbacks).tag("outcome", "fallback")
                .description("Anonymous reads by where they ran (fallback: the replica failed, the primary answered)")
                .register(registry);
    }

    public void webhookAttempt(AttemptStatus outcome) {
        deliveries.get(outcome).increment();
    }

    public void webhookBacklog(long pending) {
        webhookBacklog.set(pending);
    }

    private static Counter login(MeterRegistry registry, String outcome) {
        return Counter.builder("inkwell.logins").tag("outcome", outcome)
                .description("Login attempts by outcome (throttled: refused with 429)").register(registry);
    }

    public void login(LoginOutcome outcome) {
        switch (outcome) {
            case OK -> loginsOk.increment();
            case FAILED -> loginsFailed.increment();
            case THROTTLED -> loginsThrottled.increment();
            default -> throw new IllegalArgumentException(outcome.name());
        }
    }

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserRegistered event) {
        if (event.role() == Role.USER) { // the bootstrap administrator is created, not registered
            registrations.increment();
        }
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished event) {
        published.increment();
    }

    void commented(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentAdded event) {
        comments.increment();
    }
}
