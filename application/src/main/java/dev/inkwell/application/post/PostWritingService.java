package dev.inkwell.application.post;

import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.in.EditPostUseCase;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writing posts: create and edit. One transaction per attempt: the unique index on slugs is the
 * final arbiter, and when a concurrent write takes the slug an attempt picked, the next attempt
 * picks the next free one.
 */
@ApplicationScoped
public class PostWritingService implements CreatePostUseCase, EditPostUseCase {

    /** Attempts at a free slug while concurrent writers keep taking the candidate. */
    static final int MAX_ATTEMPTS = 50;

    private final PostRepository posts;
    private final PostPages pages;
    private final CategoryRepository categories;
    private final SlugAllocator slugs;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final TransactionRunner transactions;
    private final Clock clock;

    @Inject
    public PostWritingService(PostRepository posts, PostPages pages, CategoryRepository categories,
                              SlugAllocator slugs, AuditLog audit, DomainEventPublisher events,
                              TransactionRunner transactions, Clock clock) {
        this.posts = posts;
        this.pages = pages;
        this.categories = categories;
        this.slugs = slugs;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PostDetail create(Actor actor, CreatePostCommand command) {
        Slug base = slugs.baseFor(command.title());
        return retryingSlugRaces(() -> createOnce(actor, command, base));
    }

    private PostDetail createOnce(Actor actor, CreatePostCommand command, Slug base) {
        Post post = createDraft(actor, command, base, Timestamps.now(clock));
        events.publish(post.pullEvents());
        return pages.of(post.id(), actor);
    }

    @Override
    public PostDetail createPublished(Actor actor, CreatePostCommand command) {
        Slug base = slugs.baseFor(command.title());
        return retryingSlugRaces(() -> {
            Instant now = Timestamps.now(clock);
            Post post = createDraft(actor, command, base, now);
            post.publish(actor, now);
            posts.update(post);
            audit.record(PostWorkflowService.published(actor, post, now));
            events.publish(post.pullEvents());
            return pages.of(post.id(), actor);
        });
    }

    private Post createDraft(Actor actor, CreatePostCommand command, Slug base, Instant now) {
        requireExistingCategories(command.categoryIds());
        Post post = Post.draft(actor.id(), command.title(), command.content(), command.excerpt(),
                command.categoryIds(), command.tags(), slugs.firstFree(base), now);
        posts.add(post);
        audit.record(Audits.by(actor, AuditAction.POST_CREATED, EntityType.POST, post.id().value(),
                Map.of("title", post.title().value(), "slug", post.slug().value()), now));
        return post;
    }

    @Override
    public PostDetail edit(Actor actor, EditPostCommand command) {
        PostChanges changes = command.changes();
        Slug base = changes.title() == null ? null : slugs.baseFor(changes.title());
        return retryingSlugRaces(() -> editOnce(actor, command.postId(), changes, base));
    }

    private PostDetail editOnce(Actor actor, PostId id, PostChanges changes, Slug base) {
        Post post = pages.existing(id);
        String slugBefore = post.slug().value();
        Instant now = Timestamps.now(clock);
        boolean titleChanged = post.edit(actor, changes, now); // 403 before any 400 about categories
        if (changes.isEmpty()) {
            return pages.of(id, actor); // nothing to write: no new updatedAt, no audit row, no event
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
        events.publish(post.pullEvents());
        return pages.of(id, actor);
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
        if (changes.tags() != null) {
            details.put("tags", changes.tags().names());
        }
        if (!slugBefore.equals(post.slug().value())) {
            details.put("slug", Map.of("from", slugBefore, "to", post.slug().value()));
        }
        return details;
    }

    private PostDetail retryingSlugRaces(Supplier<PostDetail> attempt) {
        return transactions.retryingLostRaces(MAX_ATTEMPTS, e -> e.isAbout(Subject.POST_SLUG), attempt);
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
}
