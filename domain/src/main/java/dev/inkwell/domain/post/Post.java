package dev.inkwell.domain.post;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.event.AggregateRoot;
import dev.inkwell.domain.post.PostEvents.PostCreated;
import dev.inkwell.domain.post.PostEvents.PostDeleted;
import dev.inkwell.domain.post.PostEvents.PostEdited;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostEvents.PostScheduled;
import dev.inkwell.domain.post.PostEvents.PostUnpublished;
import dev.inkwell.domain.post.PostEvents.PostUnscheduled;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A blog post and its publish workflow. Created as a draft; only its author publishes it;
 * the slug follows the title until the first publish and never changes after it, so that
 * permalinks stay valid even through an unpublish.
 */
public final class Post extends AggregateRoot {

    /** Paths next to {@code /posts/{slug}}: a post under one of these names could never be read. */
    private static final Set<String> RESERVED_SLUGS = Set.of("feed", "popular", "drafts", "following");

    private final PostId id;
    private final UserId authorId;
    private PostTitle title;
    private Slug slug;
    private Excerpt excerpt;
    private PostContent content;
    private Set<CategoryId> categories;
    private Tags tags;
    private boolean published;
    private Instant publishedAt;
    private PublishAt scheduledAt;
    private RenderedContent rendered;
    private boolean slugFrozen;
    private final Instant createdAt;
    private Instant updatedAt;

    private Post(PostId id, UserId authorId, PostTitle title, Slug slug, Excerpt excerpt, PostContent content,
                 Set<CategoryId> categories, Tags tags, boolean published, Instant publishedAt, PublishAt scheduledAt,
                 RenderedContent rendered, boolean slugFrozen, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.authorId = Objects.requireNonNull(authorId, "authorId");
        this.title = Objects.requireNonNull(title, "title");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.excerpt = excerpt == null || excerpt.isEmpty() ? null : excerpt;
        this.content = Objects.requireNonNull(content, "content");
        this.categories = Set.copyOf(categories);
        this.tags = Objects.requireNonNull(tags, "tags");
        if (published != (publishedAt != null)) {
            throw new IllegalArgumentException("a post has a publishedAt exactly when it is published");
        }
        if (published && !slugFrozen) {
            throw new IllegalArgumentException("a published post's slug is frozen");
        }
        if (published && scheduledAt != null) {
            throw new IllegalArgumentException("a published post is not scheduled");
        }
        this.published = published;
        this.publishedAt = publishedAt;
        this.scheduledAt = scheduledAt;
        this.rendered = rendered;
        this.slugFrozen = slugFrozen;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new draft by {@code author}, under a slug the caller has found free. */
    public static Post draft(UserId author, PostTitle title, PostContent content, Excerpt excerpt,
                             Set<CategoryId> categories, Tags tags, Slug slug, Instant now) {
        Post post = new Post(PostId.newId(), author, title, slug, excerpt, content, categories, tags, false, null,
                null, null, false, now, now);
        post.record(new PostCreated(post.id, now));
        return post;
    }

    /** Whether no post may use {@code slug} because the API has a fixed path of that name. */
    public static boolean isReservedSlug(Slug slug) {
        return RESERVED_SLUGS.contains(slug.value());
    }

    public static Post restore(PostId id, UserId authorId, PostTitle title, Slug slug, Excerpt excerpt,
                               PostContent content, Set<CategoryId> categories, Tags tags, boolean published,
                               Instant publishedAt, boolean slugFrozen, Instant createdAt, Instant updatedAt) {
        return restore(id, authorId, title, slug, excerpt, content, categories, tags, published, publishedAt, null,
                null, slugFrozen, createdAt, updatedAt);
    }

    /** A stored post; {@code rendered} is null for a post whose content has not been rendered yet. */
    public static Post restore(PostId id, UserId authorId, PostTitle title, Slug slug, Excerpt excerpt,
                               PostContent content, Set<CategoryId> categories, Tags tags, boolean published,
                               Instant publishedAt, PublishAt scheduledAt, RenderedContent rendered,
                               boolean slugFrozen, Instant createdAt, Instant updatedAt) {
        return new Post(id, authorId, title, slug, excerpt, content, categories, tags, published, publishedAt,
                scheduledAt, rendered, slugFrozen, createdAt, updatedAt);
    }

    /** The author or an ADMIN; returns whether the title changed (the slug may have to follow it). */
    public boolean edit(Actor actor, PostChanges changes, Instant now) {
        if (!actor.is(authorId) && !actor.isAdmin()) {
            throw new Forbidden("only the author or an ADMIN can edit this post");
        }
        if (changes.isEmpty()) {
            return false;
        }
        boolean titleChanged = changes.title() != null && !changes.title().equals(title);
        if (changes.title() != null) {
            title = changes.title();
        }
        if (changes.content() != null && !changes.content().equals(content)) {
            content = changes.content();
            rendered = null; // rendered again before it is written
        }
        if (changes.excerpt() != null) {
            excerpt = changes.excerpt().isEmpty() ? null : changes.excerpt();
        }
        if (changes.categories() != null) {
            categories = changes.categories();
        }
        if (changes.tags() != null) {
            tags = changes.tags();
        }
        updatedAt = now;
        record(new PostEdited(id, published, now));
        return titleChanged;
    }

    /**
     * Renders the content with {@code toSafeHtml} (Markdown source in, sanitised HTML out) and
     * counts its reading time. Done on every write that changed the content, never on a read.
     */
    public void render(Function<PostContent, String> toSafeHtml) {
        rendered = RenderedContent.of(content, toSafeHtml);
    }

    /** Whether the content changed since it was last rendered (or was never rendered). */
    public boolean needsRendering() {
        return rendered == null;
    }

    /** Title, excerpt and content: what a revision keeps. */
    public PostText text() {
        return new PostText(title, excerpt, content);
    }

    /** Whether the slug should become {@code base} (or a suffixed form of it) to follow the title. */
    public boolean needsSlugFor(Slug base) {
        return !slugFrozen && !slug.hasBase(base);
    }

    public void changeSlug(Slug newSlug) {
        if (slugFrozen) {
            throw new IllegalStateException("the slug of a post that has been published never changes");
        }
        slug = Objects.requireNonNull(newSlug, "newSlug");
    }

    /**
     * Only the author publishes. Publishing a published post changes nothing (returns false);
     * otherwise {@code publishedAt} is now and the slug is frozen for good. The title and
     * content are never blank: their value objects refuse that.
     */
    public boolean publish(Actor actor, Instant now) {
        if (!actor.is(authorId)) {
            throw new Forbidden("only the author can publish this post");
        }
        if (published) {
            return false;
        }
        return becomePublished(now, now);
    }

    /**
     * {@link #schedule(Actor, PublishAt, Instant)} for a time a client asked for: who may schedule
     * is decided before whether the time is acceptable (403, then 400 {@code publishAt}, then 409).
     */
    public boolean schedule(Actor actor, Instant requested, Instant now) {
        requireAuthor(actor, "only the author can schedule this post");
        return schedule(actor, PublishAt.requested(requested, now), now);
    }

    /**
     * The author schedules a draft, or moves a scheduled post's time; a published post cannot be
     * scheduled (409). Returns whether anything changed.
     */
    public boolean schedule(Actor actor, PublishAt at, Instant now) {
        requireAuthor(actor, "only the author can schedule this post");
        if (published) {
            throw new Conflict("a published post cannot be scheduled; unpublish it first", Conflict.Subject.POST_STATE);
        }
        if (at.equals(scheduledAt)) {
            return false;
        }
        scheduledAt = at;
        updatedAt = now;
        record(new PostScheduled(id, at.value(), now));
        return true;
    }

    /** The author or an ADMIN takes a scheduled post back to draft; a draft stays as it is (false). */
    public boolean unschedule(Actor actor, Instant now) {
        if (!actor.is(authorId) && !actor.isAdmin()) {
            throw new Forbidden("only the author or an ADMIN can unschedule this post");
        }
        if (published) {
            throw new Conflict("a published post is not scheduled", Conflict.Subject.POST_STATE);
        }
        if (scheduledAt == null) {
            return false;
        }
        scheduledAt = null;
        updatedAt = now;
        record(new PostUnscheduled(id, now));
        return true;
    }

    /**
     * The service publishes a scheduled post whose time has come, as if its author had published it
     * then: {@code publishedAt} is the scheduled time. False when it is not scheduled or not yet due
     * (another instance got there first, or it was unscheduled meanwhile).
     */
    public boolean publishScheduled(Instant now) {
        if (published || scheduledAt == null || !scheduledAt.isDueAt(now)) {
            return false;
        }
        return becomePublished(scheduledAt.value(), now);
    }

    private boolean becomePublished(Instant at, Instant now) {
        published = true;
        publishedAt = at;
        scheduledAt = null;
        slugFrozen = true;
        updatedAt = now;
        record(new PostPublished(id, slug, now));
        return true;
    }

    /** The author or an ADMIN takes a post back to draft; unpublishing a draft changes nothing. */
    public boolean unpublish(Actor actor, Instant now) {
        if (!actor.is(authorId) && !actor.isAdmin()) {
            throw new Forbidden("only the author or an ADMIN can unpublish this post");
        }
        if (!published) {
            return false;
        }
        published = false;
        publishedAt = null;
        updatedAt = now;
        record(new PostUnpublished(id, slug, now));
        return true;
    }

    /** The author, a MODERATOR or an ADMIN deletes a post; the repository then removes it. */
    public void delete(Actor actor, Instant now) {
        if (!actor.is(authorId) && !actor.isAdmin() && !actor.isModerator()) {
            throw new Forbidden("only the author, a MODERATOR or an ADMIN can delete this post");
        }
        record(new PostDeleted(id, slug, published, now));
    }

    private void requireAuthor(Actor actor, String message) {
        if (!actor.is(authorId)) {
            throw new Forbidden(message);
        }
    }

    /** A post's history (its revisions) exists for its author and ADMINs only, like a draft. */
    public static boolean isHistoryVisible(UserId author, Actor viewer) {
        return isVisible(false, author, Optional.of(viewer));
    }

    /** Published posts are public; a draft exists only for its author and ADMINs. */
    public boolean isVisibleTo(Optional<Actor> viewer) {
        return isVisible(published, authorId, viewer);
    }

    /** The same rule for a post read for display, without its aggregate. */
    public static boolean isVisible(boolean published, UserId author, Optional<Actor> viewer) {
        return published || viewer.map(v -> v.is(author) || v.isAdmin()).orElse(false);
    }

    /**
     * Comments go on published posts only. A draft does not exist for anyone but its author
     * (404); its author is told why they cannot comment on it (403).
     */
    public void requireOpenForCommentsBy(Actor actor) {
        if (published) {
            return;
        }
        if (actor.is(authorId)) {
            throw new Forbidden("comments are accepted on published posts only; publish this post first");
        }
        throw NotFound.of("post", id);
    }

    public PostId id() {
        return id;
    }

    public UserId authorId() {
        return authorId;
    }

    public PostTitle title() {
        return title;
    }

    public Slug slug() {
        return slug;
    }

    public Optional<Excerpt> excerpt() {
        return Optional.ofNullable(excerpt);
    }

    public PostContent content() {
        return content;
    }

    public Set<CategoryId> categories() {
        return categories;
    }

    public Tags tags() {
        return tags;
    }

    public boolean isPublished() {
        return published;
    }

    public PostStatus status() {
        return PostStatus.of(published, scheduledAt != null);
    }

    public Optional<PublishAt> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<RenderedContent> rendered() {
        return Optional.ofNullable(rendered);
    }

    public boolean isSlugFrozen() {
        return slugFrozen;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
