package dev.inkwell.application.post;

import dev.inkwell.application.port.in.ListDraftsUseCase;
import dev.inkwell.application.port.in.ListPostsUseCase;
import dev.inkwell.application.port.in.PopularPostsUseCase;
import dev.inkwell.application.port.in.PostFeedUseCase;
import dev.inkwell.application.port.in.ReadPostUseCase;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reading posts: the public list, the feed, the popular list, drafts and a post's page.
 *
 * <p>Reads run without a transaction (each statement on an auto-commit connection): under READ
 * COMMITTED every statement of a transaction takes its own snapshot anyway, so {@code BEGIN} and
 * {@code COMMIT} bought no consistency, only two round trips per request (issue 11, measured in
 * {@code bootstrap/docs/performance.md}). A read never writes.
 */
@ApplicationScoped
public class PostReadService implements ListPostsUseCase, PostFeedUseCase, PopularPostsUseCase, ListDraftsUseCase,
        ReadPostUseCase {

    static final int POPULAR = 10;

    private final PostQueries queries;
    private final PopularPostsCache popular;

    @Inject
    public PostReadService(PostQueries queries, PopularPostsCache popular) {
        this.queries = queries;
        this.popular = popular;
    }

    @Override
    public Page<PostSummary> list(PostFilter filter, PageRequest page) {
        return queries.findPublished(filter, page);
    }

    /** Reads one row more than asked: if it exists, there is a next page and the cursor points before it. */
    @Override
    public FeedPage feed(FeedCursor after, int limit) {
        List<PostSummary> rows = queries.feed(after, limit + 1);
        if (rows.size() <= limit) {
            return new FeedPage(rows, null);
        }
        List<PostSummary> items = rows.subList(0, limit);
        PostSummary last = items.get(limit - 1);
        return new FeedPage(items, new FeedCursor(last.publishedAt(), last.id()));
    }

    @Override
    public List<PostSummary> popular() {
        return popular.get(() -> queries.mostCommented(POPULAR));
    }

    @Override
    public Page<PostSummary> drafts(Actor actor, PageRequest page) {
        return queries.drafts(actor.id(), page);
    }

    @Override
    public PostDetail read(String slug, Optional<Actor> viewer) {
        return queries.findBySlug(slug, PostDetail.COMMENTS_SHOWN)
                .filter(post -> Post.isVisible(post.summary().published(),
                        new UserId(post.summary().author().id()), viewer))
                .orElseThrow(() -> new NotFound("post " + slug + " was not found"));
    }
}
