package dev.inkwell.application.webhook;

import dev.inkwell.application.port.in.DeliverWebhooksUseCase;
import dev.inkwell.application.port.model.WebhookViews.AttemptRecord;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.SendResult;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.webhook.RetrySchedule;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import dev.inkwell.domain.webhook.RetrySchedule.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claims due attempts and records their outcomes under the {@link RetrySchedule}. A claim leases
 * its attempts for {@link #LEASE}, far longer than a send may take (10 s): a dispatcher that dies
 * with attempts out leaves them to be claimed again once the lease is over (at least once), and no
 * dispatcher claims an attempt another is still sending (never twice at once).
 */
@ApplicationScoped
public class WebhookDeliveryService implements DeliverWebhooksUseCase {

    static final Duration LEASE = Duration.ofSeconds(60);
    /** How long events and their attempts are kept once every delivery of them is over. */
    public static final Duration KEEP = Duration.ofDays(30);
    static final int PRUNE_BATCH = 10_000;
    /** An error text is stored up to this many characters. */
    static final int MAX_ERROR = 500;

    private final WebhookOutbox outbox;
    private final RetrySchedule schedule;
    private final Clock clock;

    @Inject
    public WebhookDeliveryService(WebhookOutbox outbox, RetrySchedule schedule, Clock clock) {
        this.outbox = outbox;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DueDelivery> claimDue(int limit) {
        Instant now = Timestamps.now(clock);
        return outbox.claimDue(now, limit, now.plus(LEASE));
    }

    @Override
    @Transactional
    public AttemptStatus recordAttempt(DueDelivery delivery, SendResult result) {
        Instant now = Timestamps.now(clock);
        Verdict verdict = schedule.after(delivery.attempt(), result.succeeded(), now);
        String error = result.error();
        if (error == null && !result.succeeded()) {
            error = "HTTP " + result.responseCode();
        }
        if (error != null && error.length() > MAX_ERROR) {
            error = error.substring(0, MAX_ERROR);
        }
        outbox.finish(new AttemptRecord(UUID.randomUUID(), delivery, verdict.status(), result.responseCode(), error,
                now, verdict.nextAttemptAt()));
        return verdict.status();
    }

    @Override
    @Transactional
    public long backlog() {
        return outbox.backlog();
    }

    @Override
    @Transactional
    public int pruneOld() {
        return outbox.prune(Timestamps.now(clock).minus(KEEP), PRUNE_BATCH);
    }
}
