package dev.inkwell.application.post;

import dev.inkwell.application.port.in.DeletePostUseCase;
import dev.inkwell.application.port.in.PublishPostUseCase;
import dev.inkwell.application.port.in.SchedulePostUseCase;
import dev.inkwell.application.port.in.UnpublishPostUseCase;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * A post's workflow: publish, schedule, unschedule, unpublish, delete. A step that changes nothing
 * writes nothing. (The scheduler's publish is {@link ScheduledPublishingService}.)
 */
@ApplicationScoped
public class PostWorkflowService implements PublishPostUseCase, SchedulePostUseCase, UnpublishPostUseCase,
        DeletePostUseCase {

    private final PostRepository posts;
    private final PostPages pages;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    public PostWorkflowService(PostRepository posts, PostPages pages, AuditLog audit, DomainEventPublisher events,
                               Clock clock) {
        this.posts = posts;
        this.pages = pages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PostDetail publish(Actor actor, PostId id) {
        return step(id, actor, (post, now) -> post.publish(actor, now), (post, now) -> published(actor, post, now));
    }

    /** The audit row of a publish, wherever it happens. */
    static AuditEvent published(Actor actor, Post post, Instant now) {
        return Audits.by(actor, AuditAction.POST_PUBLISHED, EntityType.POST, post.id().value(),
                Map.of("slug", post.slug().value(), "publishedAt", now.toString()), now);
    }

    @Override
    @Transactional
    public PostDetail schedule(Actor actor, PostId id, Instant publishAt) {
        return step(id, actor, (post, now) -> post.schedule(actor, publishAt, now), (post, now) -> Audits.by(actor,
                AuditAction.POST_SCHEDULED, EntityType.POST, id.value(), Map.of("slug", post.slug().value(),
                        "publishAt", post.scheduledAt().orElseThrow().value().toString()), now));
    }

    @Override
    @Transactional
    public PostDetail unschedule(Actor actor, PostId id) {
        return step(id, actor, (post, now) -> post.unschedule(actor, now), (post, now) -> Audits.by(actor,
                AuditAction.POST_UNSCHEDULED, EntityType.POST, id.value(), Map.of("slug", post.slug().value()), now));
    }

    @Override
    @Transactional
    public PostDetail unpublish(Actor actor, PostId id) {
        return step(id, actor, (post, now) -> post.unpublish(actor, now), (post, now) -> Audits.by(actor,
                AuditAction.POST_UNPUBLISHED, EntityType.POST, id.value(), Map.of("slug", post.slug().value()), now));
    }

    /** One step of the workflow: written, audited and announced only when it changed the post. */
    private PostDetail step(PostId id, Actor actor, BiPredicate<Post, Instant> change,
                            BiFunction<Post, Instant, AuditEvent> auditRow) {
        Post post = pages.existing(id);
        Instant now = Timestamps.now(clock);
        if (change.test(post, now)) {
            posts.update(post);
            audit.record(auditRow.apply(post, now));
            events.publish(post.pullEvents());
        }
        return pages.of(id, actor);
    }

    @Override
    @Transactional
    public void delete(Actor actor, PostId id) {
        Post post = pages.existing(id);
        Instant now = Timestamps.now(clock);
        post.delete(actor, now);
        posts.delete(id);
        audit.record(Audits.by(actor, AuditAction.POST_DELETED, EntityType.POST, id.value(),
                Map.of("title", post.title().value(), "slug", post.slug().value(),
                        "authorId", post.authorId().toString()), now));
        events.publish(post.pullEvents());
    }
}
