package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.fakes.FakePasswordHasher;
import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.error.Unauthenticated;
import dev.inkwell.domain.user.User;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {

    private final UserFixture f = new UserFixture();

    @Test
    void a_correct_login_issues_a_token_for_the_user() {
        User user = f.register("Ada", "ada@example.com");
        LoginResult result = f.authentication.login(new LoginCommand("ADA@example.com", "password-1"));
        assertThat(result.user().id()).isEqualTo(user.id().value());
        assertThat(result.user().email()).isEqualTo("ada@example.com");
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

    private String failure(LoginCommand command) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(Unauthenticated.class,
                () -> f.authentication.login(command)).getMessage();
    }
}
