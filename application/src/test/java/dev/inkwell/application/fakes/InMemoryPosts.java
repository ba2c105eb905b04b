package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.PostVisibility;
import dev.inkwell.application.port.model.TagCount;
import dev.inkwell.application.port.out.DuePosts;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.TagQueries;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PublishAt;
import dev.inkwell.domain.post.RenderedContent;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tag;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The post ports over a map of snapshots (a loaded post is a copy, as from a database), with
 * the unique slug rule of the database's index. Read models carry ids only, no names, and no comments.
 */
public class InMemoryPosts implements PostRepository, PostQueries, TagQueries, DuePosts, UnrenderedPosts {

    private final Map<PostId, Post> posts = new LinkedHashMap<>();
    /** Whether an author is active; a soft-deleted author's posts are gone for every purpose, as in the database. */
    private final Predicate<UserId> activeAuthor;

    private final InMemorySocial social;

    public InMemoryPosts() {
        this(author -> true);
    }

    public InMemoryPosts(Predicate<UserId> activeAuthor) {
        this(activeAuthor, new InMemorySocial(activeAuthor));
    }

    public InMemoryPosts(Predicate<UserId> activeAuthor, InMemorySocial social) {
        this.activeAuthor = activeAuthor;
        this.social = social;
    }
    /** How many of the next slug look-ups pretend no slug is taken, as if a concurrent insert had not committed yet. */
    public int staleSlugLookups;
    public int mostCommentedCalls;

    @Override
    public List<PostId> claimDue(Instant now, int limit) {
        return active().filter(p -> p.scheduledAt().map(at -> at.isDueAt(now)).orElse(false))
                .sorted(Comparator.comparing((Post p) -> p.scheduledAt().orElseThrow().value()))
                .limit(limit).map(Post::id).toList();
    }

    @Override
    public List<Unrendered> claimUnrendered(PostId after, int limit) {
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts
        return active().filter(Post::needsRendering)
                .filter(p -> after == null || p.id().value().toString().compareTo(after.value().toString()) > 0)
                .sorted(Comparator.comparing((Post p) -> p.id().value().toString()))
                .limit(limit).map(p -> new Unrendered(p.id(), p.content())).toList();
    }

    @Override
    public void saveRendering(PostId id, RenderedContent rendered) {
        Post p = posts.get(id);
        if (p != null && p.needsRendering()) {
            posts.put(id, Post.restore(p.id(), p.authorId(), p.title(), p.slug(), p.excerpt().orElse(null),
                    p.content(), p.categories(), p.tags(), p.isPublished(), p.publishedAt().orElse(null),
                    p.scheduledAt().orElse(null), rendered, p.isSlugFrozen(), p.createdAt(), p.updatedAt()));
        }
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return visible(id).map(InMemoryPosts::copy);
    }

    @Override
    public Set<String> slugsLike(Slug base) {
        if (staleSlugLookups > 0) {
            staleSlugLookups--;
            return Set.of();
        }
        Set<String> taken = new HashSet<>();
        posts.values().stream().map(p -> p.slug().value())
                .filter(s -> s.equals(base.value()) || s.startsWith(base.value() + "-")).forEach(taken::add);
        return taken;
    }

    @Override
    public void add(Post post) {
        requireFreeSlug(post);
        posts.put(post.id(), copy(post));
    }

    @Override
    public void update(Post post) {
        requireFreeSlug(post);
        posts.put(post.id(), copy(post));
    }

    @Override
    public void delete(PostId id) {
        posts.remove(id);
    }

    private void requireFreeSlug(Post post) {
        if (posts.values().stream().anyMatch(p -> !p.id().equals(post.id()) && p.slug().equals(post.slug()))) {
            throw new Conflict("slug is already taken", Subject.POST_SLUG);
        }
    }

    public Post stored(PostId id) {
        return posts.get(id);
    }

    public int size() {
        return posts.size();
    }

    @Override
    public Page<PostSummary> findPublished(PostFilter filter, PageRequest page) {
        // names (usernames, category slugs) are not modelled here: the tag is the one filter a fake can apply
        List<PostSummary> all = newestPublished().filter(p -> filter.tag() == null || p.tags().contains(filter.tag()))
                .toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(), page.limit(),
                all.size());
    }

    @Override
    public List<PostSummary> feed(FeedCursor after, int limit) {
        return newestPublished().filter(p -> after == null || p.publishedAt().isBefore(after.publishedAt())
                || (p.publishedAt().equals(after.publishedAt())
                        && PostgresOrder.UUIDS.compare(p.id(), after.id()) < 0))
                .limit(limit).toList();
    }

    @Override
    public List<PostSummary> followingFeed(UserId reader, FeedCursor after, int limit) {
        Set<UserId> followed = social.followees(reader);
        return feed(after, Integer.MAX_VALUE).stream().filter(p -> followed.contains(new UserId(p.author().id())))
                .limit(limit).toList();
    }

    @Override
    public Page<PostSummary> followingPage(UserId reader, PageRequest page) {
        Set<UserId> followed = social.followees(reader);
        List<PostSummary> all = newestPublished().filter(p -> followed.contains(new UserId(p.author().id()))).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(), page.limit(),
                all.size());
    }

    @Override
    public List<TagCount> popular(int limit) {
        Map<String, Long> counts = newestPublished().flatMap(p -> p.tags().stream())
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Tag.CODE_POINT_ORDER))
                .limit(limit).map(e -> new TagCount(e.getKey(), e.getValue())).toList();
    }

    /** Counts the loads, for cache tests; comments are not modelled, so it is the newest published. */
    @Override
    public List<PostSummary> mostCommented(int limit) {
        mostCommentedCalls++;
        return newestPublished().limit(limit).toList();
    }

    @Override
    public Page<PostSummary> drafts(UserId author, PageRequest page) {
        List<PostSummary> all = active().filter(p -> !p.isPublished() && p.authorId().equals(author))
                .map(this::summary)
                .sorted(Comparator.comparing(PostSummary::createdAt)
                        .thenComparing(PostSummary::id, PostgresOrder.UUIDS).reversed())
                .toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(), page.limit(),
                all.size());
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, int comments) {
        return active().filter(p -> p.slug().value().equals(slug)).findFirst().map(this::detail);
    }

    @Override
    public Optional<PostId> publishedIdBySlug(String slug) {
        return active().filter(p -> p.isPublished() && p.slug().value().equals(slug)).findFirst().map(Post::id);
    }

    @Override
    public Optional<PostDetail> findById(PostId id, int comments) {
        return visible(id).map(this::detail);
    }

    @Override
    public Optional<PostVisibility> visibility(PostId id) {
        return visible(id).map(p -> new PostVisibility(p.authorId(), p.isPublished()));
    }

    private Stream<PostSummary> newestPublished() {
        return active().filter(Post::isPublished).map(this::summary)
                .sorted(Comparator.comparing(PostSummary::publishedAt)
                        .thenComparing(PostSummary::id, PostgresOrder.UUIDS).reversed());
    }

    private PostDetail detail(Post p) {
        return new PostDetail(summary(p), p.content().value(), null, List.of(),
                p.rendered().map(RenderedContent::html).orElse(null),
                p.rendered().map(RenderedContent::readingTimeMinutes).orElse(null));
    }

    private PostSummary summary(Post p) {
        return new PostSummary(p.id().value(), p.title().value(), p.slug().value(),
                p.excerpt().map(Excerpt::value).orElse(null), p.isPublished(), p.publishedAt().orElse(null),
                p.createdAt(), p.updatedAt(), new AuthorRef(p.authorId().value(), null, null), List.of(),
                p.tags().names(), 0, social.count(p.id()), false, p.status(), // comments are not modelled here
                p.scheduledAt().map(PublishAt::value).orElse(null));
    }

    private Stream<Post> active() {
        return posts.values().stream().filter(p -> activeAuthor.test(p.authorId()));
    }

    private Optional<Post> visible(PostId id) {
        return Optional.ofNullable(posts.get(id)).filter(p -> activeAuthor.test(p.authorId()));
    }

    static Post copy(Post p) {
        return Post.restore(p.id(), p.authorId(), p.title(), p.slug(), p.excerpt().orElse(null), p.content(),
                p.categories(), p.tags(), p.isPublished(), p.publishedAt().orElse(null), p.scheduledAt().orElse(null),
                p.rendered().orElse(null), p.isSlugFrozen(), p.createdAt(), p.updatedAt());
    }
}
