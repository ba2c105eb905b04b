package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.in.UpdateUserCommand;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAccountServiceTest {

    private final UserFixture f = new UserFixture();

    @Test
    void an_edit_by_the_owner_is_audited_with_what_changed() {
        User user = f.register("Ada", "ada@example.com");
        f.accounts.update(user.asActor(), UpdateUserCommand.of(user.id(), "Ada L", "ada-l", "bio", null, null));
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_UPDATED);
        assertThat(f.audit.last().actorId()).isEqualTo(user.id().value());
        assertThat(f.audit.last().details()).isEqualTo(Map.of("name", "Ada L", "username", "ada-l", "profile", "updated"));
    }

    @Test
    void the_owner_changes_e_mail_and_password_and_the_audit_row_says_so_without_the_password() {
        User user = f.register("Ada", "ada@example.com");
        f.accounts.update(user.asActor(), UpdateUserCommand.of(user.id(), null, null, null, null, null,
                "Ada.New@Example.com", "a-new-password"));
        User stored = f.users.findActiveById(user.id()).orElseThrow();
        assertThat(stored.email().value()).isEqualTo("ada.new@example.com");
        assertThat(stored.passwordHash().value()).isEqualTo("hashed:a-new-password");
        assertThat(f.audit.last().details()).isEqualTo(Map.of("email", "ada.new@example.com", "password", "changed"));
    }

    @Test
    void an_e_mail_taken_by_another_user_is_a_conflict_an_admin_changes_no_credentials_and_bad_ones_are_400() {
        User ada = f.register("Ada", "ada@example.com");
        f.register("Bob", "bob@example.com");
        assertThatThrownBy(() -> f.accounts.update(ada.asActor(), UpdateUserCommand.of(ada.id(), null, null, null,
                null, null, "bob@example.com", null))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.accounts.update(f.admin(), UpdateUserCommand.of(ada.id(), null, null, null,
                null, null, null, "an-admins-choice"))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> UpdateUserCommand.of(ada.id(), null, null, null, null, null, "not an e-mail", "short"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field)
                        .containsExactly("email", "password"));
        assertThat(f.users.findActiveById(ada.id()).orElseThrow().email().value()).isEqualTo("ada@example.com");
        assertThat(f.users.findActiveById(ada.id()).orElseThrow().passwordHash().value()).isEqualTo("hashed:password-1");
        f.accounts.update(ada.asActor(), UpdateUserCommand.of(ada.id(), null, null, null, null, null,
                "ADA@example.com", null));
        assertThat(f.audit.last().details()).as("the same e-mail is no change").isEmpty();
    }

    @Test
    void an_edit_by_someone_else_is_forbidden_and_not_audited() {
        User user = f.register("Ada", "ada@example.com");
        User other = f.register("Bob", "bob@example.com");
        int events = f.audit.events.size();
        assertThatThrownBy(() -> f.accounts.update(other.asActor(),
                UpdateUserCommand.of(user.id(), "Hacked", null, null, null, null))).isInstanceOf(Forbidden.class);
        assertThat(f.audit.events).hasSize(events);
    }

    @Test
    void permission_is_checked_before_uniqueness_so_a_stranger_learns_nothing() {
        User ada = f.register("Ada", "ada@example.com");
        User bob = f.register("Bob", "bob@example.com");
        assertThatThrownBy(() -> f.accounts.update(bob.asActor(),
                UpdateUserCommand.of(ada.id(), null, bob.username().value(), null, null, null)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void taking_someone_elses_username_is_a_conflict() {
        User ada = f.register("Ada", "ada@example.com");
        User bob = f.register("Bob", "bob@example.com");
        assertThatThrownBy(() -> f.accounts.update(ada.asActor(),
                UpdateUserCommand.of(ada.id(), null, bob.username().value(), null, null, null)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void role_changes_are_for_admins_and_audited_from_and_to() {
        User user = f.register("Ada", "ada@example.com");
        assertThatThrownBy(() -> f.accounts.changeRole(f.moderator(), user.id(), Role.ADMIN)).isInstanceOf(Forbidden.class);
        f.accounts.changeRole(f.admin(), user.id(), Role.MODERATOR);
        assertThat(f.users.findActiveById(user.id()).orElseThrow().role()).isEqualTo(Role.MODERATOR);
        assertThat(f.audit.last().details()).isEqualTo(Map.of("from", "USER", "to", "MODERATOR"));
        assertThatThrownBy(() -> f.accounts.changeRole(f.admin(), UserId.newId(), Role.USER)).isInstanceOf(NotFound.class);
    }

    @Test
    void soft_and_permanent_deletion() {
        User user = f.register("Ada", "ada@example.com");
        f.accounts.delete(user.asActor(), user.id(), false);
        assertThat(f.users.findActiveById(user.id())).isEmpty();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_DELETED);
        assertThat(f.popularPosts.invalidations).as("their posts leave the popular list").isEqualTo(1);
        assertThatThrownBy(() -> f.accounts.delete(user.asActor(), user.id(), true)).isInstanceOf(Forbidden.class);
        f.accounts.delete(f.admin(), user.id(), true);
        assertThat(f.users.findAnyById(user.id())).isEmpty();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_PURGED);
        assertThat(f.popularPosts.invalidations).isEqualTo(2);
        assertThatThrownBy(() -> f.accounts.delete(f.admin(), user.id(), true)).isInstanceOf(NotFound.class);
    }
}
