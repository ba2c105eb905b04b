package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.post.FeedCursor;
import dev.inkwell.application.post.PostFilter;
import dev.inkwell.application.post.PostViews.AuthorRef;
import dev.inkwell.application.post.PostViews.PostDetail;
import dev.inkwell.application.post.PostViews.PostSummary;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.Slug;
import dev.inkwell.domain.user.UserId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The post ports over a map of snapshots (a loaded post is a copy, as from a database), with
 * the unique slug rule of the database's index. Read models carry ids only, no names, and no comments.
 */
public class InMemoryPosts implements PostRepository, PostQueries {

    private final Map<PostId, Post> posts = new LinkedHashMap<>();
    /** How many of the next slug look-ups pretend no slug is taken, as if a concurrent insert had not committed yet. */
    public int staleSlugLookups;
    public int mostCommentedCalls;

    @Override
    public Optional<Post> findById(PostId id) {
        return Optional.ofNullable(posts.get(id)).map(InMemoryPosts::copy);
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
            throw new Conflict("slug is already taken", "slug");
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
        List<PostSummary> all = newestPublished().toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(), page.limit(),
                all.size());
    }

    @Override
    public List<PostSummary> feed(FeedCursor after, int limit) {
        return newestPublished().filter(p -> after == null || p.publishedAt().isBefore(after.publishedAt())
                || (p.publishedAt().equals(after.publishedAt()) && p.id().compareTo(after.id()) < 0))
                .limit(limit).toList();
    }

    /** Counts the loads, for cache tests; comments are not modelled, so it is the newest published. */
    @Override
    public List<PostSummary> mostCommented(int limit) {
        mostCommentedCalls++;
        return newestPublished().limit(limit).toList();
    }

    @Override
    public Page<PostSummary> drafts(UserId author, PageRequest page) {
        List<PostSummary> all = posts.values().stream().filter(p -> !p.isPublished() && p.authorId().equals(author))
                .map(this::summary).toList();
        return new Page<>(all, page.page(), page.limit(), all.size());
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, int comments) {
        return posts.values().stream().filter(p -> p.slug().value().equals(slug)).findFirst().map(this::detail);
    }

    @Override
    public Optional<PostDetail> findById(PostId id, int comments) {
        return Optional.ofNullable(posts.get(id)).map(this::detail);
    }

    private Stream<PostSummary> newestPublished() {
        return posts.values().stream().filter(Post::isPublished).map(this::summary)
                .sorted(Comparator.comparing(PostSummary::publishedAt).thenComparing(PostSummary::id).reversed());
    }

    private PostDetail detail(Post p) {
        return new PostDetail(summary(p), p.content().value(), null, List.of());
    }

    private PostSummary summary(Post p) {
        return new PostSummary(p.id().value(), p.title().value(), p.slug().value(),
                p.excerpt().map(Excerpt::value).orElse(null), p.isPublished(), p.publishedAt().orElse(null),
                p.createdAt(), p.updatedAt(), new AuthorRef(p.authorId().value(), null, null), List.of(),
                0); // comments are not modelled here
    }

    static Post copy(Post p) {
        return Post.restore(p.id(), p.authorId(), p.title(), p.slug(), p.excerpt().orElse(null), p.content(),
                p.categories(), p.isPublished(), p.publishedAt().orElse(null), p.isSlugFrozen(), p.createdAt(),
                p.updatedAt());
    }
}
