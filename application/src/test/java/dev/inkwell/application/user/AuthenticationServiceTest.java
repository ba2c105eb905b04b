package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.FakePasswordHasher;
import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.Unauthenticated;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {

    private final UserFixture f = new UserFixture();

    @Test
    void a_correct_login_issues_a_token_for_the_user() {
        User user = f.register("Ada", "ada@example.com");
        LoginResult result = f.authentication.login(new LoginCommand("ADA@example.com", "password-1"));
        assertThat(result.user().id()).isEqualTo(user.id());
        assertThat(result.accessToken()).isEqualTo("token-for-" + user.id());
        assertThat(result.expiresInSeconds()).isEqualTo(3600);
    }

    @Test
    void every_failure_is_the_same_unauthenticated_and_is_audited() {
        User user = f.register("Ada", "ada@example.com");
        User gone = f.register("Gone", "gone@example.com");
        f.accounts.delete(gone.asActor(), gone.id(), false);

        String wrong = failure(new LoginCommand("ada@example.com", "wrong-password"));
        String unknown = failure(new LoginCommand("who@example.com", "password-1"));
        String deleted = failure(new LoginCommand("gone@example.com", "password-1"));
        String garbage = failure(new LoginCommand("not an email", null));

        assertThat(wrong).isEqualTo(unknown).isEqualTo(deleted).isEqualTo(garbage)
                .isEqualTo(AuthenticationService.INVALID_CREDENTIALS);
        assertThat(f.audit.events.stream().filter(e -> e.action() == AuditAction.LOGIN_FAILED))
                .extracting(e -> e.details().get("reason"))
                .containsExactly("WRONG_PASSWORD", "UNKNOWN_EMAIL", "UNKNOWN_EMAIL", "UNKNOWN_EMAIL");
        assertThat(f.audit.events.stream().filter(e -> e.action() == AuditAction.LOGIN_FAILED).findFirst().orElseThrow()
                .entityId()).isEqualTo(user.id().value());
    }

    @Test
    void an_unknown_email_still_costs_a_password_check() {
        failure(new LoginCommand("who@example.com", "password-1"));
        assertThat(f.hasher.checked).containsExactly(FakePasswordHasher.DECOY);
    }

    @Test
    void the_current_user_is_only_an_active_one() {
        User user = f.register("Ada", "ada@example.com");
        assertThat(f.authentication.currentUser(user.id())).isPresent();
        f.accounts.delete(user.asActor(), user.id(), false);
        assertThat(f.authentication.currentUser(user.id())).isEmpty();
    }

    @Test
    void the_bootstrap_admin_is_created_once_and_takes_admin_2_when_admin_is_taken() {
        f.accounts.register(RegisterUserCommand.of("someone@example.com", "password-1", "Someone", "admin", null, null, null));
        assertThat(f.authentication.ensureAdmin("root@example.com", "root-password")).isTrue();
        assertThat(f.authentication.ensureAdmin("ROOT@example.com", "root-password")).isFalse();
        User admin = f.users.findActiveByEmail(new dev.inkwell.domain.user.Email("root@example.com")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.username().value()).isEqualTo("admin-2");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.USER_BOOTSTRAPPED);
    }

    @Test
    void a_too_short_bootstrap_password_is_refused() {
        assertThatThrownBy(() -> f.authentication.ensureAdmin("root@example.com", "short")).isInstanceOf(InvalidInput.class);
    }

    private String failure(LoginCommand command) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(Unauthenticated.class,
                () -> f.authentication.login(command)).getMessage();
    }
}
