package dev.inkwell.application.post;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostStatus;
import dev.inkwell.domain.post.PublishAt;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduler's use case, with fakes; the claim's locking is held to PostgreSQL elsewhere. */
class ScheduledPublishingServiceTest {

    final PublishingFixture f = new PublishingFixture();

    private PostId scheduled(String title, long secondsAhead) {
        PostId id = postId(f.draft(title));
        Post post = f.posts.findById(id).orElseThrow();
        post.schedule(f.author, new PublishAt(f.clock.instant().plusSeconds(secondsAhead)), f.clock.instant());
        post.pullEvents();
        f.posts.update(post);
        return id;
    }

    @Test
    void due_posts_are_published_at_their_time_with_the_audit_and_event_of_a_publish_once() {
        Instant start = f.clock.instant();
        PostId first = scheduled("First", 10);
        PostId second = scheduled("Second", 20);
        PostId later = scheduled("Later", 3600);
        int invalidationsBefore = f.popular.invalidations;
        f.events.published.clear();

        assertThat(f.scheduler.publishDue()).isZero();
        f.clock.advanceSeconds(25);
        assertThat(f.scheduler.publishDue()).isEqualTo(2);

        for (PostId id : new PostId[] {first, second}) {
            Post post = f.posts.findById(id).orElseThrow();
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.isVisibleTo(Optional.empty())).isTrue();
        }
        assertThat(f.posts.findById(first).orElseThrow().publishedAt()).contains(start.plusSeconds(10));
        assertThat(f.posts.findById(second).orElseThrow().publishedAt()).contains(start.plusSeconds(20));
        assertThat(f.posts.findById(later).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(f.audit.events).filteredOn(e -> e.action() == AuditAction.POST_PUBLISHED)
                .extracting(AuditEvent::entityId).containsExactlyInAnyOrder(first.value(), second.value());
        assertThat(f.audit.events).filteredOn(e -> e.action() == AuditAction.POST_PUBLISHED)
                .allSatisfy(e -> assertThat(e.actorId()).isNull());
        assertThat(f.events.published).filteredOn(PostPublished.class::isInstance).hasSize(2);
        assertThat(f.popular.invalidations).isGreaterThan(invalidationsBefore);

        assertThat(f.scheduler.publishDue()).as("nothing left that is due").isZero();
    }

    @Test
    void an_unscheduled_post_is_left_alone() {
        PostId id = scheduled("Changed my mind", 10);
        Post post = f.posts.findById(id).orElseThrow();
        post.unschedule(f.author, f.clock.instant());
        f.posts.update(post);
        f.clock.advanceSeconds(60);
        assertThat(f.scheduler.publishDue()).isZero();
        assertThat(f.posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
    }
}
