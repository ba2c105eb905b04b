package dev.inkwell.bootstrap.scheduling;

import dev.inkwell.application.port.in.RenderContentUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Renders, in the background, the posts stored before Inkwell rendered Markdown (migration V8
 * leaves their {@code contentHtml} null): from a second after start, batch after batch, for at
 * most {@link #RUN} per tick, until none is left. Then each tick is one look at an empty partial
 * index. Safe on any number of instances: batches are claimed with {@code SKIP LOCKED}.
 */
@ApplicationScoped
public class ContentBackfill {

    private static final Logger LOG = Logger.getLogger(ContentBackfill.class);
    /** Bounds one tick, so that a large backlog shares the scheduler's threads with the publishing job. */
    static final Duration RUN = Duration.ofSeconds(10);

    private final RenderContentUseCase rendering;
    private long renderedSoFar;

    public ContentBackfill(RenderContentUseCase rendering) {
        this.rendering = rendering;
    }

    @Scheduled(every = "${inkwell.render.every:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renderPending() {
        long deadline = System.nanoTime() + RUN.toNanos();
        try {
            int batch;
            do {
                batch = rendering.renderPending();
                renderedSoFar += batch;
            } while (batch > 0 && System.nanoTime() < deadline);
            if (batch == 0 && renderedSoFar > 0) {
                LOG.infof("rendered the content of %d post(s) written before rendering existed", renderedSoFar);
                renderedSoFar = 0;
            } else if (batch > 0) {
                LOG.infof("rendering older posts: %d so far, more at the next tick", renderedSoFar);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not render older posts (next try at the next tick): %s", e.getMessage());
        }
    }
}
