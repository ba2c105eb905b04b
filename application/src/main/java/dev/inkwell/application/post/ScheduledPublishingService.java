package dev.inkwell.application.post;

import dev.inkwell.application.port.in.PublishDuePostsUseCase;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.DuePosts;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Publishes scheduled posts when their time comes, through the same path as a manual publish: the
 * aggregate's rule ({@link Post#publishScheduled}), the repository, the same audit action (with no
 * actor: the service did it) and the same {@code PostPublished} event, all in one transaction with
 * the claim — so the popular list and every other listener see it exactly as a manual publish.
 */
@ApplicationScoped
public class ScheduledPublishingService implements PublishDuePostsUseCase {

    /** Posts published per transaction; the scheduler runs again at once while a batch was full. */
    static final int BATCH = 50;

    private final DuePosts due;
    private final PostRepository posts;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    public ScheduledPublishingService(DuePosts due, PostRepository posts, AuditLog audit, DomainEventPublisher events,
                                      Clock clock) {
        this.due = due;
        this.posts = posts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int publishDue() {
        Instant now = Timestamps.now(clock);
        int published = 0;
        for (PostId id : due.claimDue(now, BATCH)) {
            Post post = posts.findById(id).orElse(null);
            if (post == null || !post.publishScheduled(now)) {
                continue; // deleted or unscheduled between the claim's snapshot and its lock
            }
            posts.update(post);
            audit.record(AuditEvent.record(now, null, AuditAction.POST_PUBLISHED, EntityType.POST, id.value(),
                    Map.of("slug", post.slug().value(), "publishedAt", post.publishedAt().orElseThrow().toString())));
            events.publish(post.pullEvents());
            published++;
        }
        return published;
    }
}
