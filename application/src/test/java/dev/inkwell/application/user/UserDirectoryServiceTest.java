package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RecentPost;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserDirectoryServiceTest {

    private final UserFixture f = new UserFixture();

    @Test
    void only_staff_list_users_and_a_blank_search_matches_everyone() {
        f.register("Ada", "ada@example.com");
        f.register("Bob", "bob@example.com");
        User plain = f.register("Eve", "eve@example.com");
        assertThatThrownBy(() -> f.directory.list(plain.asActor(), null, new PageRequest(1, 10))).isInstanceOf(Forbidden.class);
        assertThat(f.directory.list(f.moderator(), "  ", new PageRequest(1, 10)).total()).isEqualTo(3);
        assertThat(f.directory.list(f.admin(), " BOB ", new PageRequest(1, 10)).items())
                .extracting(UserView::name).containsExactly("Bob");
    }

    @Test
    void a_users_page_shows_drafts_only_to_the_user_and_the_private_view_to_user_and_admin() {
        User user = f.register("Ada", "ada@example.com");
        f.users.posts.add(new RecentPost(UUID.randomUUID(), "draft", "draft", false));
        f.users.posts.add(new RecentPost(UUID.randomUUID(), "live", "live", true));

        UserDetails anonymous = f.directory.find(user.id(), Optional.empty());
        assertThat(anonymous.user().email()).isNull();
        assertThat(anonymous.recentPosts()).extracting(RecentPost::title).containsExactly("live");

        UserDetails own = f.directory.find(user.id(), Optional.of(user.asActor()));
        assertThat(own.user().email()).isEqualTo("ada@example.com");
        assertThat(own.recentPosts()).extracting(RecentPost::title).containsExactly("draft", "live");

        UserDetails byAdmin = f.directory.find(user.id(), Optional.of(f.admin()));
        assertThat(byAdmin.user().email()).isEqualTo("ada@example.com");
        assertThat(byAdmin.recentPosts()).extracting(RecentPost::title).containsExactly("live");
    }

    @Test
    void unknown_and_deleted_users_are_not_found() {
        User user = f.register("Ada", "ada@example.com");
        f.accounts.delete(user.asActor(), user.id(), false);
        assertThatThrownBy(() -> f.directory.find(user.id(), Optional.of(f.admin()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.directory.find(UserId.newId(), Optional.empty())).isInstanceOf(NotFound.class);
    }
}
