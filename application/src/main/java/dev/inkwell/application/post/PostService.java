package dev.inkwell.application.post;

import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.DeletePostUseCase;
import dev.inkwell.application.port.in.EditPostUseCase;
import dev.inkwell.application.port.in.PublishPostUseCase;
import dev.inkwell.application.port.in.UnpublishPostUseCase;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.post.PostViews.PostDetail;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.Slug;
import dev.inkwell.domain.post.SlugPolicy;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Writing posts: create, edit, publish, unpublish, delete. Each change writes its audit row. */
@ApplicationScoped
public class PostService implements CreatePostUseCase, EditPostUseCase, PublishPostUseCase, UnpublishPostUseCase,
        DeletePostUseCase {

    /** Attempts at a free slug while concurrent writers keep taking the candidate. */
    static final int MAX_ATTEMPTS = 50;
    static final int DETAIL_COMMENTS = 20;

    private final PostRepository posts;
    private final PostQueries queries;
    private final CategoryRepository categories;
    private final SlugPolicy slugPolicy;
    private final SlugAllocator slugs;
    private final AuditLog audit;
    private final PopularPostsCache popular;
    private final TransactionRunner transactions;
    private final Clock clock;

    @Inject
    public PostService(PostRepository posts, PostQueries queries, CategoryRepository categories, SlugPolicy slugPolicy,
                       SlugAllocator slugs, AuditLog audit, PopularPostsCache popular,
                       TransactionRunner transactions, Clock clock) {
        this.posts = posts;
        this.queries = queries;
        this.categories = categories;
        this.slugPolicy = slugPolicy;
        this.slugs = slugs;
        this.audit = audit;
        this.popular = popular;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PostDetail create(Actor actor, CreatePostCommand command) {
        Slug base = slugPolicy.forTitle(command.title()); // once: a random fallback must not change per attempt
        return retryingSlugRaces(() -> createOnce(actor, command, base));
    }

    private PostDetail createOnce(Actor actor, CreatePostCommand command, Slug base) {
        requireExistingCategories(command.categoryIds());
        Instant now = Timestamps.now(clock);
        Post post = Post.draft(actor.id(), command.title(), command.content(), command.excerpt(),
                command.categoryIds(), slugs.firstFree(base), now);
        posts.add(post);
        audit.record(Audits.by(actor, AuditAction.POST_CREATED, EntityType.POST, post.id().value(),
                Map.of("title", post.title().value(), "slug", post.slug().value()), now));
        return detail(post.id());
    }

    @Override
    public PostDetail edit(Actor actor, EditPostCommand command) {
        PostChanges changes = command.changes();
        Slug base = changes.title() == null ? null : slugPolicy.forTitle(changes.title());
        return retryingSlugRaces(() -> editOnce(actor, command.postId(), changes, base));
    }

    private PostDetail editOnce(Actor actor, PostId id, PostChanges changes, Slug base) {
        Post post = existing(id);
        String slugBefore = post.slug().value();
        Instant now = Timestamps.now(clock);
        boolean titleChanged = post.edit(actor, changes, now); // 403 before any 400 about categories
        if (changes.isEmpty()) {
            return detail(id); // nothing to write: no new updatedAt, no audit row
        }
        if (changes.categories() != null) {
            requireExistingCategories(changes.categories());
        }
        if (titleChanged && post.needsSlugFor(base)) {
            post.changeSlug(slugs.firstFree(base));
        }
        posts.update(post);
        audit.record(Audits.by(actor, AuditAction.POST_UPDATED, EntityType.POST, id.value(),
                changeDetails(changes, slugBefore, post), now));
        if (post.isPublished()) {
            popular.invalidate();
        }
        return detail(id);
    }

    private static Map<String, Object> changeDetails(PostChanges changes, String slugBefore, Post post) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (changes.title() != null) {
            details.put("title", changes.title().value());
        }
        if (changes.content() != null) {
            details.put("content", "updated");
        }
        if (changes.excerpt() != null) {
            details.put("excerpt", changes.excerpt().isEmpty() ? "removed" : "updated");
        }
        if (changes.categories() != null) {
            details.put("categoryIds", changes.categories().stream().map(CategoryId::toString).sorted().toList());
        }
        if (!slugBefore.equals(post.slug().value())) {
            details.put("slug", Map.of("from", slugBefore, "to", post.slug().value()));
        }
        return details;
    }

    /**
     * One transaction per attempt. The unique index on slugs is the final arbiter: when a
     * concurrent write takes the slug this attempt picked, the next attempt picks the next free one.
     */
    private PostDetail retryingSlugRaces(Supplier<PostDetail> attempt) {
        return transactions.retryingLostRaces(MAX_ATTEMPTS, e -> e.isAbout("slug"), attempt);
    }

    @Override
    @Transactional
    public PostDetail publish(Actor actor, PostId id) {
        Post post = existing(id);
        Instant now = Timestamps.now(clock);
        if (post.publish(actor, now)) {
            posts.update(post);
            audit.record(Audits.by(actor, AuditAction.POST_PUBLISHED, EntityType.POST, id.value(),
                    Map.of("slug", post.slug().value(), "publishedAt", now.toString()), now));
            popular.invalidate();
        }
        return detail(id);
    }

    @Override
    @Transactional
    public PostDetail unpublish(Actor actor, PostId id) {
        Post post = existing(id);
        Instant now = Timestamps.now(clock);
        if (post.unpublish(actor, now)) {
            posts.update(post);
            audit.record(Audits.by(actor, AuditAction.POST_UNPUBLISHED, EntityType.POST, id.value(),
                    Map.of("slug", post.slug().value()), now));
            popular.invalidate();
        }
        return detail(id);
    }

    @Override
    @Transactional
    public void delete(Actor actor, PostId id) {
        Post post = existing(id);
        post.requireDeletableBy(actor);
        posts.delete(id);
        audit.record(Audits.by(actor, AuditAction.POST_DELETED, EntityType.POST, id.value(),
                Map.of("title", post.title().value(), "slug", post.slug().value(),
                        "authorId", post.authorId().toString()), Timestamps.now(clock)));
        popular.invalidate();
    }

    private Post existing(PostId id) {
        return posts.findById(id).orElseThrow(() -> NotFound.of("post", id));
    }

    private void requireExistingCategories(Set<CategoryId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<CategoryId> missing = new HashSet<>(ids);
        missing.removeAll(categories.findExisting(ids));
        if (!missing.isEmpty()) {
            throw InvalidInput.of("categoryIds", "unknown category ids: "
                    + missing.stream().map(CategoryId::toString).sorted().collect(Collectors.joining(", ")));
        }
    }

    private PostDetail detail(PostId id) {
        return queries.findById(id, DETAIL_COMMENTS).orElseThrow(() -> NotFound.of("post", id));
    }
}
