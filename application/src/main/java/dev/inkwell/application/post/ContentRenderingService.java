package dev.inkwell.application.post;

import dev.inkwell.application.port.in.RenderContentUseCase;
import dev.inkwell.application.port.out.ContentRenderer;
import dev.inkwell.application.port.out.UnrenderedPosts.Unrendered;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.domain.post.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    @Override
    @Transactional
    public int renderPending() {
        int rendered = 0;
        for (Unrendered post : unrendered.claimUnrendered(BATCH)) {
            unrendered.saveRendering(post.id(), RenderedContent.of(post.content(), renderer::toSafeHtml));
            rendered++;
        }
        return rendered;
    }
}
