package dev.inkwell.bootstrap.webhooks;

import dev.inkwell.application.port.in.DeliverWebhooksUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox small: events whose deliveries are all over (succeeded or failed) are forgotten
 * 30 days after they occurred, with their attempts, in batches, every hour. Safe on any number of
 * instances ({@code SKIP LOCKED}).
 */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);
    private static final int MAX_ROUNDS = 20;

    private final DeliverWebhooksUseCase deliveries;

    public OutboxCleanup(DeliverWebhooksUseCase deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            int total = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int pruned = deliveries.pruneOld();
                total += pruned;
                if (pruned == 0) {
                    break;
                }
            }
            if (total > 0) {
                LOG.infof("forgot %d webhook events older than 30 days", total);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not prune the webhook outbox (next try in an hour): %s", e.getMessage());
        }
    }
}
