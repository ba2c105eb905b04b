package dev.inkwell.bootstrap.ops;

import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

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

    public OperationalMetrics(MeterRegistry registry) {
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
