package dev.inkwell.application.social;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.Role;
import org.junit.jupiter.api.Test;

class FollowingFeedTest {

    final PublishingFixture f = new PublishingFixture();
    final Actor reader = PublishingFixture.actor(Role.USER);
    final Actor other = PublishingFixture.actor(Role.USER);

    void publishAs(Actor author, String title) {
        f.clock.advanceSeconds(60);
        var draft = f.writing.create(author, CreatePostCommand.of(title, "c", null, null, null));
        f.workflow.publish(author, PublishingFixture.postId(draft));
    }

    @Test
    void the_following_feed_has_only_published_posts_of_followed_users_newest_first_by_cursor() {
        publishAs(f.author, "A1");
        publishAs(other, "O1");
        publishAs(f.author, "A2");
        f.writing.create(f.author, CreatePostCommand.of("A draft", "c", null, null, null));
        publishAs(f.author, "A3");
        f.social.add(new Follow(reader.id(), f.author.id()));

        FeedPage first = f.reads.following(reader, null, 2);
        assertThat(first.items()).extracting(PostSummary::title).containsExactly("A3", "A2");
        assertThat(first.items()).allMatch(p -> p.author().following());
        FeedPage second = f.reads.following(reader, first.next(), 2);
        assertThat(second.items()).extracting(PostSummary::title).containsExactly("A1");
        assertThat(second.next()).isNull();

        Page<PostSummary> byOffset = f.reads.followingPage(reader, PageRequest.atOffset(1, 5));
        assertThat(byOffset.items()).extracting(PostSummary::title).containsExactly("A2", "A1");
        assertThat(byOffset.total()).isEqualTo(3);
        assertThat(f.reads.following(other, null, 10).items()).as("follows nobody").isEmpty();
    }
}
