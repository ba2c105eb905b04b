package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    private final UserFixture f = new UserFixture();

    @Test
    void registration_hashes_the_password_and_audits_the_new_user() {
        User user = f.stored(f.registration.register(RegisterUserCommand.of("Ada@Example.com", "password-1",
                "Ada Lovelace", "ada", "bio", null, "https://ada.example")));
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
        f.registration.register(RegisterUserCommand.of("a1@example.com", "password-1", "Ada", "ada", null, null, null));
        f.users.staleUsernameChecks = 1; // the availability check misses "ada"; the insert collides
        int before = f.transactions.run;
        assertThatThrownBy(() -> f.registration.register(RegisterUserCommand.of("a2@example.com", "password-1", "Ada", "ada",
                null, null, null))).isInstanceOf(Conflict.class).hasMessage("username is already taken");
        assertThat(f.transactions.run - before).as("no retry under another name").isEqualTo(1);
        assertThat(f.users.size()).isEqualTo(1);
    }

    @Test
    void a_taken_email_or_username_is_a_conflict_and_nothing_is_written() {
        f.registration.register(RegisterUserCommand.of("ada@example.com", "password-1", "Ada", "ada", null, null, null));
        int events = f.audit.events.size();
        assertThatThrownBy(() -> f.register("Other", "ADA@example.com")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.registration.register(RegisterUserCommand.of("b@example.com", "password-1", "B", "ada",
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
    void registration_answers_the_private_view_and_publishes_the_event() {
        UserView view = f.registration.register(RegisterUserCommand.of("ada@example.com", "password-1", "Ada",
                "ada", null, null, null));
        assertThat(view.email()).isEqualTo("ada@example.com");
        assertThat(view.role()).isEqualTo(Role.USER);
        assertThat(f.events.of(UserRegistered.class)).extracting(UserRegistered::userId)
                .containsExactly(f.stored(view).id());
    }

    @Test
    void the_bootstrap_admin_is_created_once_and_takes_admin_2_when_admin_is_taken() {
        f.registration.register(RegisterUserCommand.of("someone@example.com", "password-1", "Someone", "admin", null,
                null, null));
        assertThat(f.registration.ensureAdmin("root@example.com", "root-password")).isTrue();
        assertThat(f.registration.ensureAdmin("ROOT@example.com", "root-password")).isFalse();
        User admin = f.users.findActiveByEmail(new Email("root@example.com")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.username().value()).isEqualTo("admin-2");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_BOOTSTRAPPED);
    }

    @Test
    void a_too_short_bootstrap_password_is_refused() {
        assertThatThrownBy(() -> f.registration.ensureAdmin("root@example.com", "short"))
                .isInstanceOf(InvalidInput.class);
    }
}
