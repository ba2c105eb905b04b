package dev.inkwell.application.fakes;

import dev.inkwell.application.category.CategoryReadService;
import dev.inkwell.application.category.CategoryService;
import dev.inkwell.application.comment.CommentService;
import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.ContentRenderer;
import dev.inkwell.application.post.ContentRenderingService;
import dev.inkwell.application.post.PopularListInvalidation;
import dev.inkwell.application.post.PostPages;
import dev.inkwell.application.post.PostReadService;
import dev.inkwell.application.post.PostRevisionService;
import dev.inkwell.application.post.PostWorkflowService;
import dev.inkwell.application.post.PostWritingService;
import dev.inkwell.application.post.ScheduledPublishingService;
import dev.inkwell.application.post.SlugAllocator;
import dev.inkwell.application.post.ViewerFlags;
import dev.inkwell.application.social.FavoriteService;
import dev.inkwell.application.social.TagService;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.slug.SlugPolicy;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/** The publishing services wired to in-memory fakes, with a clock the test can move. */
public class PublishingFixture {

    public static final Instant NOW = Instant.parse("2026-11-21T14:20:00.123Z");

    public final InMemorySocial social = new InMemorySocial();
    public final InMemoryPosts posts = new InMemoryPosts(author -> true, social);
    public final ViewerFlags flags = new ViewerFlags(social);
    public final InMemoryRevisions revisions = new InMemoryRevisions();
    /** Renders by wrapping the source, and counts its calls (a read must never render). */
    public final CountingRenderer renderer = new CountingRenderer();
    public final InMemoryCategories categories = new InMemoryCategories();
    public final InMemoryComments comments = new InMemoryComments();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final CountingPopularCache popular = new CountingPopularCache();
    public final MovableClock clock = new MovableClock(NOW);
    public final SlugPolicy slugPolicy = new SlugPolicy(new SplittableRandom(7));
    public final CountingTransactions transactions = new CountingTransactions();
    public final RecordingEventPublisher events =
            new RecordingEventPublisher().listen(new PopularListInvalidation(popular)::afterCommit);
    private final PostPages pages = new PostPages(posts, posts, flags);
    public final PostWritingService writing = new PostWritingService(posts, pages, categories,
            new SlugAllocator(posts, slugPolicy), audit, events, transactions, renderer, revisions, clock);
    public final PostRevisionService history = new PostRevisionService(posts, revisions, writing);
    public final ContentRenderingService rendering = new ContentRenderingService(posts, renderer);
    public final PostWorkflowService workflow = new PostWorkflowService(posts, pages, audit, events, clock);
    public final ScheduledPublishingService scheduler = new ScheduledPublishingService(posts, posts, audit, events, clock);
    public final PostReadService reads = new PostReadService(posts, popular, flags);
    public final CommentService commentService = new CommentService(comments, comments, posts, posts, audit, events,
            clock, flags);
    public final FavoriteService favorites = new FavoriteService(posts, social, events, clock);
    public final TagService tags = new TagService(posts);
    public final CategoryService categoryService = new CategoryService(categories, categories, slugPolicy, audit,
            events, clock);
    public final CategoryReadService categoryReads = new CategoryReadService(categories);

    public final Actor author = actor(Role.USER);
    public final Actor stranger = actor(Role.USER);
    public final Actor moderator = actor(Role.MODERATOR);
    public final Actor admin = actor(Role.ADMIN);

    public static Actor actor(Role role) {
        return new Actor(UserId.newId(), role);
    }

    public PostDetail draft(String title) {
        return writing.create(author, CreatePostCommand.of(title, "Some content", null, null, null));
    }

    public PostDetail published(String title) {
        PostDetail draft = draft(title);
        return workflow.publish(author, postId(draft));
    }

    public static PostId postId(PostDetail detail) {
        return new PostId(detail.summary().id());
    }

    public CategoryId category(String name, CategoryId parent) {
        CategoryView view = categoryService.create(admin, CategoryCommand.of(name, true,
                parent == null ? null : parent.toString(), parent != null));
        return new CategoryId(view.id());
    }

    /** A renderer that marks what it rendered, so a test can tell a rendering from the source. */
    public static final class CountingRenderer implements ContentRenderer {
        public int calls;

        @Override
        public String toSafeHtml(PostContent content) {
            calls++;
            return "<p>" + content.value().replace("<", "&lt;") + "</p>";
        }
    }

    /** A clock the test moves forward. */
    public static final class MovableClock extends Clock {
        private Instant now;

        public MovableClock(Instant start) {
            now = start;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        public void advance(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
