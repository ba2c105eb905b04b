package dev.inkwell.application.post;

import dev.inkwell.application.port.in.FollowingFeedUseCase;
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
import dev.inkwell.domain.post.PostId;
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
        ReadPostUseCase, FollowingFeedUseCase {

    static final int POPULAR = 10;

    private final PostQueries queries;
    private final PopularPostsCache popular;
    private final ViewerFlags flags;

    @Inject
    public PostReadService(PostQueries queries, PopularPostsCache popular, ViewerFlags flags) {
        this.queries = queries;
        this.popular = popular;
        this.flags = flags;
    }

    @Override
    public Page<PostSummary> list(PostFilter filter, PageRequest page, Optional<Actor> viewer) {
        return flags.posts(viewer, queries.findPublished(filter, page));
    }

    @Override
    public FeedPage feed(FeedCursor after, int limit, Optional<Actor> viewer) {
        return flags.posts(viewer, slice(queries.feed(after, limit + 1), limit));
    }

    @Override
    public FeedPage following(Actor actor, FeedCursor after, int limit) {
        return flags.posts(Optional.of(actor), slice(queries.followingFeed(actor.id(), after, limit + 1), limit));
    }

    @Override
    public Page<PostSummary> followingPage(Actor actor, PageRequest page) {
        return flags.posts(Optional.of(actor), queries.followingPage(actor.id(), page));
    }

    /** One row more than asked was read: if it exists, there is a next slice and the cursor points before it. */
    private static FeedPage slice(List<PostSummary> rows, int limit) {
        if (rows.size() <= limit) {
            return new FeedPage(rows, null);
        }
        List<PostSummary> items = rows.subList(0, limit);
        PostSummary last = items.get(limit - 1);
        return new FeedPage(items, new FeedCursor(last.publishedAt(), last.id()));
    }

    @Override
    public List<PostSummary> popular(Optional<Actor> viewer) {
        return flags.posts(viewer, popular.get(() -> queries.mostCommented(POPULAR)));
    }

    @Override
    public Page<PostSummary> drafts(Actor actor, PageRequest page) {
        return flags.posts(Optional.of(actor), queries.drafts(actor.id(), page));
    }

    @Override
    public PostDetail read(String slug, Optional<Actor> viewer) {
        return queries.findBySlug(slug, PostDetail.COMMENTS_SHOWN)
                .filter(post -> Post.isVisible(post.summary().published(),
                        new UserId(post.summary().author().id()), viewer))
                .map(post -> flags.post(viewer, post))
                .orElseThrow(() -> new NotFound("post " + slug + " was not found"));
    }

    @Override
    public PostDetail readPublished(String slug, Optional<Actor> viewer) {
        return queries.findBySlug(slug, 0).filter(post -> post.summary().published())
                .map(post -> flags.post(viewer, post))
                .orElseThrow(() -> new NotFound("post " + slug + " was not found"));
    }

    @Override
    public PostId publishedId(String slug) {
        return queries.publishedIdBySlug(slug).orElseThrow(() -> new NotFound("post " + slug + " was not found"));
    }
}
