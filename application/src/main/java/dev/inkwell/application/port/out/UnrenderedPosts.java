package dev.inkwell.application.port.out;

import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.RenderedContent;
import java.util.List;

/**
 * Posts without a rendering: those written before rendering existed (V8), and those whose content
 * an older version of the service wrote during a rolling upgrade.
 */
public interface UnrenderedPosts {

    /** One of them: its id and its Markdown source. */
    record Unrendered(PostId id, PostContent content) {
    }

    /**
     * At most {@code limit} of them (authors' soft-deleted posts aside) after {@code after} in id
     * order ({@code null}: from the first), locked for the calling transaction; rows another
     * transaction holds are skipped (PostgreSQL {@code FOR UPDATE SKIP LOCKED}), so that instances
     * share the work and never wait on each other. Going on from the last one claimed, not from
     * the first, keeps each claim clear of the queue's already-rendered (dead) entries.
     */
    List<Unrendered> claimUnrendered(PostId after, int limit);

    /**
     * Stores a post's rendering, touching nothing else (not {@code updatedAt}, not the row's
     * version: a concurrent edit of the post is not refused for it), and only if the post is
     * still unrendered: an edit that rendered it meanwhile wins.
     */
    void saveRendering(PostId id, RenderedContent rendered);
}
