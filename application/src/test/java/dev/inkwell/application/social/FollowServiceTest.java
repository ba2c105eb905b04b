package dev.inkwell.application.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.in.FollowUseCase.FollowState;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowServiceTest {

    final UserFixture f = new UserFixture();
    final User ada = f.register("Ada", "ada@example.com");
    final User bob = f.register("Bob", "bob@example.com");
    final User eve = f.register("Eve", "eve@example.com");

    @Test
    void following_is_idempotent_and_counts_once() {
        assertThat(f.follows.follow(ada.asActor(), bob.id())).isEqualTo(new FollowState(true, 1));
        assertThat(f.follows.follow(ada.asActor(), bob.id())).isEqualTo(new FollowState(true, 1));
        assertThat(f.follows.follow(eve.asActor(), bob.id())).isEqualTo(new FollowState(true, 2));
        UserDetails page = f.directory.find(bob.id(), Optional.empty());
        assertThat(page.user().followersCount()).isEqualTo(2);
        assertThat(page.user().followingCount()).isZero();
        assertThat(f.directory.find(ada.id(), Optional.empty()).user().followingCount()).isEqualTo(1);
    }

    @Test
    void unfollowing_is_idempotent_too() {
        f.follows.follow(ada.asActor(), bob.id());
        assertThat(f.follows.unfollow(ada.asActor(), bob.id())).isEqualTo(new FollowState(false, 0));
        assertThat(f.follows.unfollow(ada.asActor(), bob.id())).isEqualTo(new FollowState(false, 0));
    }

    @Test
    void nobody_follows_themself_and_a_missing_or_deleted_user_is_not_found() {
        assertThatThrownBy(() -> f.follows.follow(ada.asActor(), ada.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("cannot follow yourself");
        assertThatThrownBy(() -> f.follows.follow(ada.asActor(), UserId.newId())).isInstanceOf(NotFound.class);
        f.accounts.delete(eve.asActor(), eve.id(), false);
        assertThatThrownBy(() -> f.follows.follow(ada.asActor(), eve.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.follows.unfollow(ada.asActor(), eve.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_soft_deleted_users_follows_stop_counting() {
        f.follows.follow(eve.asActor(), bob.id());
        f.follows.follow(ada.asActor(), eve.id());
        assertThat(f.directory.find(bob.id(), Optional.empty()).user().followersCount()).isEqualTo(1);
        f.accounts.delete(eve.asActor(), eve.id(), false);
        assertThat(f.directory.find(bob.id(), Optional.empty()).user().followersCount()).isZero();
        assertThat(f.directory.find(ada.id(), Optional.empty()).user().followingCount()).isZero();
    }

    @Test
    void a_users_page_says_whether_a_signed_in_viewer_follows_them() {
        f.follows.follow(ada.asActor(), bob.id());
        assertThat(f.directory.find(bob.id(), Optional.of(ada.asActor())).following()).isTrue();
        assertThat(f.directory.find(bob.id(), Optional.of(eve.asActor())).following()).isFalse();
        assertThat(f.directory.find(bob.id(), Optional.empty()).following()).isNull();
        assertThat(f.directory.findByUsername("BOB", Optional.of(ada.asActor())).following()).isTrue();
        assertThatThrownBy(() -> f.directory.findByUsername("no such name!", Optional.empty()))
                .isInstanceOf(NotFound.class);
    }
}
