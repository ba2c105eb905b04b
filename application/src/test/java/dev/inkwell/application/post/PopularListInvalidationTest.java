package dev.inkwell.application.post;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.fakes.CountingPopularCache;
import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostEvents.PostCreated;
import dev.inkwell.domain.post.PostEvents.PostEdited;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PopularListInvalidationTest {

    final PublishingFixture f = new PublishingFixture();

    @Test
    void only_changes_that_can_alter_the_popular_list_drop_it() {
        Instant now = Instant.now();
        PostId id = PostId.newId();
        assertThat(PopularListInvalidation.changesPopularList(new PostEdited(id, true, now))).isTrue();
        assertThat(PopularListInvalidation.changesPopularList(new PostEdited(id, false, now)))
                .as("a draft's edit shows nowhere public").isFalse();
        assertThat(PopularListInvalidation.changesPopularList(new PostCreated(id, now))).isFalse();
        assertThat(PopularListInvalidation.changesPopularList(new UserRegistered(UserId.newId(), Role.USER, now)))
                .isFalse();
    }

    @Test
    void the_use_cases_publish_what_the_aggregates_recorded_and_the_listener_reacts() {
        CountingPopularCache cache = f.popular;
        PostId draft = postId(f.draft("Quiet"));
        f.writing.edit(f.author, EditPostCommand.of(draft, "Still quiet", null, null, null, null));
        assertThat(cache.invalidations).as("drafts are not on the popular list").isZero();

        PostId published = postId(f.published("Loud"));
        assertThat(f.events.of(PostPublished.class)).extracting(PostPublished::postId).containsExactly(published);
        int afterPublish = cache.invalidations;
        assertThat(afterPublish).isEqualTo(1);
        f.commentService.add(f.stranger, published, new CommentContent("First!"));
        assertThat(cache.invalidations).isEqualTo(afterPublish + 1);
    }
}
