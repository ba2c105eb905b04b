package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
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
    void registration_hashes_the_password_and_audits_the_new_user() {
        User user = f.accounts.register(RegisterUserCommand.of("Ada@Example.com", "password-1", "Ada Lovelace",
                "ada", "bio", null, "https://ada.example"));
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.email().value()).isEqualTo("ada@example.com");
        assertThat(user.passwordHash().value()).isEqualTo("hashed:password-1");
        assertThat(user.createdAt()).isEqualTo(UserFixture.NOW);
        assertThat(f.users.findActiveById(user.id())).isPresent();
        assertThat(f.audit.actions()).containsExactly(AuditAction.USER_REGISTERED);
        assertThat(f.audit.last().entityId()).isEqualTo(user.id().value());
        assertThat(f.audit.last().actorId()).isNull();
        assertThat(f.audit.last().details()).containsEntry("username", "ada");
    }

    @Test
    void generated_usernames_take_the_next_free_suffix() {
        assertThat(f.register("Zoë Ångström", "z1@example.com").username().value()).isEqualTo("zoe-angstrom");
        assertThat(f.register("Zoe Angstrom", "z2@example.com").username().value()).isEqualTo("zoe-angstrom-2");
        assertThat(f.register("ZOE ANGSTROM", "z3@example.com").username().value()).isEqualTo("zoe-angstrom-3");
    }

    @Test
    void losing_the_race_for_a_generated_username_retries_with_the_next_suffix() {
        f.register("Ada", "a1@example.com");
        f.users.staleUsernameChecks = 1; // the first attempt does not see "ada" and collides on insert
        int hashesBefore = f.hasher.hashes;
        assertThat(f.register("Ada", "a2@example.com").username().value()).isEqualTo("ada-2");
        assertThat(f.users.size()).isEqualTo(2);
        assertThat(f.hasher.hashes - hashesBefore).as("bcrypt runs once, not once per attempt").isEqualTo(1);
    }

    @Test
    void a_chosen_username_is_never_silently_changed() {
        f.accounts.register(RegisterUserCommand.of("a1@example.com", "password-1", "Ada", "ada", null, null, null));
        f.users.staleUsernameChecks = 1; // the availability check misses "ada"; the insert collides
        int before = f.transactionsRun;
        assertThatThrownBy(() -> f.accounts.register(RegisterUserCommand.of("a2@example.com", "password-1", "Ada", "ada",
                null, null, null))).isInstanceOf(Conflict.class).hasMessage("username is already taken");
        assertThat(f.transactionsRun - before).as("no retry under another name").isEqualTo(1);
        assertThat(f.users.size()).isEqualTo(1);
    }

    @Test
    void a_taken_email_or_username_is_a_conflict_and_nothing_is_written() {
        f.accounts.register(RegisterUserCommand.of("ada@example.com", "password-1", "Ada", "ada", null, null, null));
        int events = f.audit.events.size();
        assertThatThrownBy(() -> f.register("Other", "ADA@example.com")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.accounts.register(RegisterUserCommand.of("b@example.com", "password-1", "B", "ada",
                null, null, null))).isInstanceOf(Conflict.class).hasMessage("username is already taken");
        assertThat(f.users.size()).isEqualTo(1);
        assertThat(f.audit.events).hasSize(events);
    }

    @Test
    void the_command_reports_every_invalid_field() {
        assertThatThrownBy(() -> RegisterUserCommand.of("x", "short", "", "UPPER", null, "ftp://x", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("email", "password", "name", "username", "avatar"));
    }

    @Test
    void an_edit_by_the_owner_is_audited_with_what_changed() {
        User user = f.register("Ada", "ada@example.com");
        f.accounts.update(user.asActor(), UpdateUserCommand.of(user.id(), "Ada L", "ada-l", "bio", null, null));
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_UPDATED);
        assertThat(f.audit.last().actorId()).isEqualTo(user.id().value());
        assertThat(f.audit.last().details()).isEqualTo(Map.of("name", "Ada L", "username", "ada-l", "profile", "updated"));
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
