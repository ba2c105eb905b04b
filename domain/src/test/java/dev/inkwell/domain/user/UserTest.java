package dev.inkwell.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.Forbidden;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-02T10:00:00Z");

    private final User user = User.register(new Email("ada@example.com"), new Username("ada"),
            new DisplayName("Ada"), new PasswordHash("hash"), Profile.empty(), CREATED);
    private final Actor owner = user.asActor();
    private final Actor stranger = new Actor(UserId.newId(), Role.USER);
    private final Actor moderator = new Actor(UserId.newId(), Role.MODERATOR);
    private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    @Test
    void registration_always_makes_an_active_user_without_an_empty_profile() {
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.isActive()).isTrue();
        assertThat(user.profile()).isEmpty();
        assertThat(user.createdAt()).isEqualTo(CREATED).isEqualTo(user.updatedAt());
    }

    @Test
    void the_bootstrap_admin_is_an_admin() {
        User admin = User.bootstrapAdmin(new Email("root@example.com"), new Username("admin"), new PasswordHash("h"), CREATED);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void the_owner_and_admins_edit_and_the_profile_merges() {
        user.edit(owner, new DisplayName("Ada L"), null, new Profile("bio", null, null), LATER);
        user.edit(admin, null, new Username("ada-l"), new Profile(null, null, "https://ada.example"), LATER);
        assertThat(user.name().value()).isEqualTo("Ada L");
        assertThat(user.username().value()).isEqualTo("ada-l");
        assertThat(user.profile()).contains(new Profile("bio", null, "https://ada.example"));
        assertThat(user.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void nobody_else_edits_not_even_a_moderator() {
        assertThatThrownBy(() -> user.edit(stranger, new DisplayName("x"), null, null, LATER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> user.edit(moderator, new DisplayName("x"), null, null, LATER)).isInstanceOf(Forbidden.class);
        assertThat(user.name().value()).isEqualTo("Ada");
    }

    @Test
    void only_admins_change_roles() {
        assertThatThrownBy(() -> user.changeRole(owner, Role.ADMIN, LATER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> user.changeRole(moderator, Role.ADMIN, LATER)).isInstanceOf(Forbidden.class);
        user.changeRole(admin, Role.MODERATOR, LATER);
        assertThat(user.role()).isEqualTo(Role.MODERATOR);
    }

    @Test
    void the_owner_and_admins_soft_delete() {
        assertThatThrownBy(() -> user.softDelete(stranger, LATER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> user.softDelete(moderator, LATER)).isInstanceOf(Forbidden.class);
        user.softDelete(owner, LATER);
        assertThat(user.isActive()).isFalse();
        assertThat(user.deletedAt()).contains(LATER);
    }

    @Test
    void only_admins_delete_permanently_even_their_own_account() {
        assertThatThrownBy(() -> user.purge(owner, LATER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> user.purge(moderator, LATER)).isInstanceOf(Forbidden.class);
        user.purge(admin, LATER);
    }

    @Test
    void the_private_view_is_for_the_owner_and_admins() {
        assertThat(user.isVisiblePrivatelyTo(Optional.of(owner))).isTrue();
        assertThat(user.isVisiblePrivatelyTo(Optional.of(admin))).isTrue();
        assertThat(user.isVisiblePrivatelyTo(Optional.of(moderator))).isFalse();
        assertThat(user.isVisiblePrivatelyTo(Optional.of(stranger))).isFalse();
        assertThat(user.isVisiblePrivatelyTo(Optional.empty())).isFalse();
        assertThat(user.isOwnedBy(Optional.of(admin))).isFalse();
        assertThat(user.isOwnedBy(Optional.of(owner))).isTrue();
    }
}
