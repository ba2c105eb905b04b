package dev.inkwell.bootstrap.scheduling;

import dev.inkwell.application.port.in.PublishDuePostsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled posts when their time comes: every {@code inkwell.scheduler.every} (2 s,
 * so a post goes out within 10 s of its time with room to spare), one batch after another while
 * batches come back full. Safe on any number of instances: each batch is claimed with
 * {@code SKIP LOCKED} in the use case's transaction, so instances share the work and never
 * publish a post twice ({@code ConcurrentSchedulersTest}).
 */
@ApplicationScoped
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);
    /** Bounds one run, so that a backlog cannot keep a scheduler thread forever. */
    private static final int MAX_BATCHES = 20;

    private final PublishDuePostsUseCase publishing;

    public ScheduledPublishing(PublishDuePostsUseCase publishing) {
        this.publishing = publishing;
    }

    @Scheduled(every = "${inkwell.scheduler.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        try {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int published = publishing.publishDue();
                total += published;
                if (published == 0) {
                    break;
                }
            }
            if (total > 0) {
                LOG.infof("published %d scheduled post(s)", total);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not publish scheduled posts (next try at the next tick): %s", e.getMessage());
        }
    }
}
