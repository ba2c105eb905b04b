package dev.inkwell.application.post;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every post write needs on both ends: the aggregate to change (404 when it is gone) and,
 * after the change, the post's page as the response, so that every write answers one shape.
 */
@ApplicationScoped
public class PostPages {

    private final PostRepository posts;
    private final PostQueries queries;

    @Inject
    public PostPages(PostRepository posts, PostQueries queries) {
        this.posts = posts;
        this.queries = queries;
    }

    public Post existing(PostId id) {
        return posts.findById(id).orElseThrow(() -> NotFound.of("post", id));
    }

    public PostDetail of(PostId id) {
        return queries.findById(id, PostDetail.COMMENTS_SHOWN).orElseThrow(() -> NotFound.of("post", id));
    }
}
