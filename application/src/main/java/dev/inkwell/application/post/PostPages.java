package dev.inkwell.application.post;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What every post write needs on both ends: the aggregate to change (404 when it is gone) and,
 * after the change, the post's page as the response, so that every write answers one shape.
 */
@ApplicationScoped
public class PostPages {

    private final PostRepository posts;
    private final PostQueries queries;
    private final ViewerFlags flags;

    @Inject
    public PostPages(PostRepository posts, PostQueries queries, ViewerFlags flags) {
        this.posts = posts;
        this.queries = queries;
        this.flags = flags;
    }

    public Post existing(PostId id) {
        return posts.findById(id).orElseThrow(() -> NotFound.of("post", id));
    }

    /** The post's page as {@code actor}, who just changed it, sees it. */
    public PostDetail of(PostId id, Actor actor) {
        return flags.post(Optional.of(actor), queries.findById(id, PostDetail.COMMENTS_SHOWN)
                .orElseThrow(() -> NotFound.of("post", id)));
    }
}
