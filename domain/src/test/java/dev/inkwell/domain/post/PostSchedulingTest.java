package dev.inkwell.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.event.DomainEvent;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostEvents.PostScheduled;
import dev.inkwell.domain.post.PostEvents.PostUnscheduled;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Draft → scheduled → published (contract, "Post status, scheduling and revisions"). */
class PostSchedulingTest {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant LATER = T0.plusSeconds(3600);

    final Actor author = new Actor(UserId.newId(), Role.USER);
    final Actor stranger = new Actor(UserId.newId(), Role.USER);
    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    Post draft() {
        Post post = Post.draft(author.id(), new PostTitle("Soon"), new PostContent("Body"), null, Set.of(), Tags.none(),
                new Slug("soon"), T0);
        post.pullEvents();
        return post;
    }

    private static PublishAt at(Instant when) {
        return new PublishAt(when);
    }

    @Test
    void the_author_schedules_a_draft_which_stays_a_draft_for_readers() {
        Post post = draft();
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.schedule(author, at(LATER), T0.plusSeconds(1))).isTrue();
        assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(post.scheduledAt()).contains(at(LATER));
        assertThat(post.isPublished()).isFalse();
        assertThat(post.isVisibleTo(Optional.empty())).isFalse();
        assertThat(post.isVisibleTo(Optional.of(stranger))).isFalse();
        assertThat(post.isSlugFrozen()).isFalse();
        assertThat(post.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(post.pullEvents()).containsExactly(new PostScheduled(post.id(), LATER, T0.plusSeconds(1)));
        // the same time again changes nothing; another time moves it
        assertThat(post.schedule(author, at(LATER), T0.plusSeconds(2))).isFalse();
        assertThat(post.schedule(author, at(LATER.plusSeconds(60)), T0.plusSeconds(3))).isTrue();
        assertThat(post.scheduledAt()).contains(at(LATER.plusSeconds(60)));
    }

    @Test
    void only_the_author_schedules_and_a_published_post_is_a_conflict() {
        Post post = draft();
        assertThatThrownBy(() -> post.schedule(stranger, at(LATER), T0)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> post.schedule(admin, at(LATER), T0)).isInstanceOf(Forbidden.class);
        post.publish(author, T0);
        assertThatThrownBy(() -> post.schedule(author, at(LATER), T0)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.isAbout(Conflict.Subject.POST_STATE)).isTrue());
        assertThatThrownBy(() -> post.unschedule(author, T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void the_author_or_an_admin_unschedules_and_a_draft_stays_as_it_is() {
        Post post = draft();
        assertThat(post.unschedule(author, T0)).isFalse();
        post.schedule(author, at(LATER), T0);
        assertThatThrownBy(() -> post.unschedule(stranger, T0)).isInstanceOf(Forbidden.class);
        post.pullEvents();
        assertThat(post.unschedule(admin, T0.plusSeconds(5))).isTrue();
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.scheduledAt()).isEmpty();
        assertThat(post.pullEvents()).containsExactly(new PostUnscheduled(post.id(), T0.plusSeconds(5)));
    }

    @Test
    void publishing_a_scheduled_post_by_hand_publishes_it_now() {
        Post post = draft();
        post.schedule(author, at(LATER), T0);
        assertThat(post.publish(author, T0.plusSeconds(10))).isTrue();
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.publishedAt()).contains(T0.plusSeconds(10));
        assertThat(post.scheduledAt()).isEmpty();
    }

    @Test
    void the_service_publishes_a_due_post_at_its_scheduled_time_once() {
        Post post = draft();
        post.schedule(author, at(LATER), T0);
        post.pullEvents();
        assertThat(post.publishScheduled(LATER.minusMillis(1))).isFalse();
        assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
        Instant tick = LATER.plusSeconds(4);
        assertThat(post.publishScheduled(tick)).isTrue();
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.publishedAt()).contains(LATER);
        assertThat(post.isSlugFrozen()).isTrue();
        assertThat(post.updatedAt()).isEqualTo(tick);
        List<DomainEvent> events = post.pullEvents();
        assertThat(events).containsExactly(new PostPublished(post.id(), new Slug("soon"), tick));
        assertThat(post.publishScheduled(tick.plusSeconds(1))).isFalse();
        assertThat(post.pullEvents()).isEmpty();
    }

    @Test
    void a_draft_or_an_unscheduled_post_is_never_published_by_the_service() {
        Post post = draft();
        assertThat(post.publishScheduled(LATER)).isFalse();
        post.schedule(author, at(LATER), T0);
        post.unschedule(author, T0);
        assertThat(post.publishScheduled(LATER.plusSeconds(1))).isFalse();
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void a_restored_post_cannot_be_both_published_and_scheduled() {
        assertThatThrownBy(() -> Post.restore(PostId.newId(), author.id(), new PostTitle("x"), new Slug("x"), null,
                new PostContent("c"), Set.of(), Tags.none(), true, T0, at(LATER), null, true, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        Post scheduled = Post.restore(PostId.newId(), author.id(), new PostTitle("x"), new Slug("x"), null,
                new PostContent("c"), Set.of(), Tags.none(), false, null, at(LATER), null, false, T0, T0);
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
    }
}
