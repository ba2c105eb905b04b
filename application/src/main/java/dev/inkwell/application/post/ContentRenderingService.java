package dev.inkwell.application.post;

import dev.inkwell.application.port.in.RenderContentUseCase;
import dev.inkwell.application.port.out.ContentRenderer;
import dev.inkwell.application.port.out.UnrenderedPosts.Unrendered;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Renders the posts stored before rendering existed (migration V8 leaves their HTML null, because
 * SQL cannot render Markdown as the service does). Batches are claimed with {@code SKIP LOCKED},
 * so any number of instances can run it at once; an edit renders its post itself, so the two
 * never undo each other.
 */
@ApplicationScoped
public class ContentRenderingService implements RenderContentUseCase {

    /** Posts rendered per transaction. */
    static final int BATCH = 200;

    private final UnrenderedPosts unrendered;
    private final ContentRenderer renderer;

    @Inject
    public ContentRenderingService(UnrenderedPosts unrendered, ContentRenderer renderer) {
        this.unrendered = unrendered;
        this.renderer = renderer;
    }

    /** Where this instance's next batch starts: after the last post it claimed (null: the first). */
    private volatile PostId cursor;

    /**
     * One batch, after the previous one; at the end of the queue, once more from its start (posts
     * skipped because another instance held them, or queued meanwhile).
     */
    @Override
    @Transactional
    public int renderPending() {
        List<Unrendered> batch = unrendered.claimUnrendered(cursor, BATCH);
        if (batch.isEmpty() && cursor != null) {
            batch = unrendered.claimUnrendered(null, BATCH);
        }
        for (Unrendered post : batch) {
            unrendered.saveRendering(post.id(), RenderedContent.of(post.content(), renderer::toSafeHtml));
        }
        cursor = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
        return batch.size();
    }
}
