package dev.inkwell.application.post;

import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.in.EditPostUseCase;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.ContentRenderer;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
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
 * Writing posts: create, edit and restore a revision. One transaction per attempt: the unique
 * index on slugs is the final arbiter, and when a concurrent write takes the slug an attempt
 * picked, the next attempt picks the next free one. Every write that changes the content renders
 * it (a read never does), and every write that changes title, excerpt or content appends a
 * revision, in the same transaction.
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
    private final ContentRenderer renderer;
    private final PostRevisions revisions;
    private final Clock clock;

    @Inject
    public PostWritingService(PostRepository posts, PostPages pages, CategoryRepository categories,
                              SlugAllocator slugs, AuditLog audit, DomainEventPublisher events,
                              TransactionRunner transactions, ContentRenderer renderer, PostRevisions revisions,
                              Clock clock) {
        this.posts = posts;
        this.pages = pages;
        this.categories = categories;
        this.slugs = slugs;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.renderer = renderer;
        this.revisions = revisions;
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
        post.render(renderer::toSafeHtml);
        posts.add(post);
        revisions.append(post.id(), post.text(), actor.id(), now);
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
        PostText textBefore = post.text();
        Instant now = Timestamps.now(clock);
        boolean titleChanged = post.edit(actor, changes, now); // 403 before any 400 about categories
        if (changes.isEmpty()) {
            return pages.of(id, actor); // nothing to write: no new updatedAt, no audit row, no event
        }
        if (changes.categories() != null) {
            requireExistingCategories(changes.categories());
        }
        write(actor, post, titleChanged, base, textBefore, now);
        audit.record(Audits.by(actor, AuditAction.POST_UPDATED, EntityType.POST, id.value(),
                changeDetails(changes, slugBefore, post), now));
        events.publish(post.pullEvents());
        return pages.of(id, actor);
    }

    /**
     * Restores revision {@code number}: an edit to its title, excerpt and content, under the slug
     * rules of an edit, that always writes a new revision (the history says a restore happened).
     * A post's history exists for its author and ADMINs only: 404 for anyone else.
     */
    public PostDetail restore(Actor actor, PostId id, int number) {
        return retryingSlugRaces(() -> restoreOnce(actor, id, number));
    }

    private PostDetail restoreOnce(Actor actor, PostId id, int number) {
        Post post = pages.existing(id);
        if (!Post.isHistoryVisible(post.authorId(), actor)) {
            throw NotFound.of("post", id);
        }
        PostText text = revisions.find(id, number).map(PostRevisionService::text)
                .orElseThrow(() -> NotFound.of("revision", number));
        String slugBefore = post.slug().value();
        Instant now = Timestamps.now(clock);
        boolean titleChanged = post.edit(actor, text.asChanges(), now);
        write(actor, post, titleChanged, slugs.baseFor(text.title()), null, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", number);
        if (!slugBefore.equals(post.slug().value())) {
            details.put("slug", Map.of("from", slugBefore, "to", post.slug().value()));
        }
        audit.record(Audits.by(actor, AuditAction.POST_RESTORED, EntityType.POST, id.value(), details, now));
        events.publish(post.pullEvents());
        return pages.of(id, actor);
    }

    /**
     * Writes an edited post: its slug follows a new title while it may, its content is rendered
     * again if it changed, and a revision is appended unless the text is {@code textBefore}
     * (null: always). The revision goes after the post's row, whose lock orders writers of one post.
     */
    private void write(Actor actor, Post post, boolean titleChanged, Slug base, PostText textBefore, Instant now) {
        if (titleChanged && post.needsSlugFor(base)) {
            post.changeSlug(slugs.firstFree(base));
        }
        if (post.needsRendering()) {
            post.render(renderer::toSafeHtml);
        }
        posts.update(post);
        if (!post.text().equals(textBefore)) {
            revisions.append(post.id(), post.text(), actor.id(), now);
        }
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
