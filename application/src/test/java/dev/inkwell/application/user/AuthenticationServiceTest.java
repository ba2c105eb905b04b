package dev.inkwell.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.inkwell.application.fakes.FakePasswordHasher;
import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.domain.error.Throttled;
import dev.inkwell.domain.error.Unauthenticated;
import dev.inkwell.application.fakes.PublishingFixture.MovableClock;
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

    /** The login use case of the fixture with the contract's lock (5 failures) and a clock the test moves. */
    private AuthenticationService lockingAfterFive(MovableClock clock) {
        return new AuthenticationService(f.users, f.users, f.hasher, f.tokens, f.audit, f.loginLocks, LoginLockPolicy.of(5), clock);
    }

    private String failure(LoginCommand command) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(Unauthenticated.class,
                () -> f.authentication.login(command)).getMessage();
    }

    @Test
    void five_failures_lock_the_account_also_against_the_right_password_until_fifteen_minutes_pass() {
        MovableClock clock = new MovableClock(UserFixture.NOW);
        AuthenticationService auth = lockingAfterFive(clock);
        f.register("Ada", "ada@example.com");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> auth.login(new LoginCommand("ada@example.com", "wrong"))).isInstanceOf(Unauthenticated.class);
            clock.advanceSeconds(10);
        }
        int checked = f.hasher.checked.size();
        assertThatThrownBy(() -> auth.login(new LoginCommand("Ada@Example.com ", "password-1")))
                .isInstanceOfSatisfying(Throttled.class, t -> assertThat(t.retryAfterSeconds()).isEqualTo(15 * 60 - 10));
        assertThat(f.hasher.checked).as("a locked account costs no password check").hasSize(checked);
        clock.advanceSeconds(15 * 60);
        assertThat(auth.login(new LoginCommand("ada@example.com", "password-1")).accessToken()).isNotBlank();
    }

    @Test
    void an_unknown_email_locks_with_the_same_answer_so_the_lock_reveals_nothing() {
        MovableClock clock = new MovableClock(UserFixture.NOW);
        AuthenticationService auth = lockingAfterFive(clock);
        f.register("Ada", "ada@example.com");
        for (String email : new String[] {"ada@example.com", "nobody@example.com"}) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> auth.login(new LoginCommand(email, "wrong"))).isInstanceOf(Unauthenticated.class);
            }
        }
        Throttled known = catchThrowableOfType(Throttled.class,
                () -> auth.login(new LoginCommand("ada@example.com", "password-1")));
        Throttled unknown = catchThrowableOfType(Throttled.class,
                () -> auth.login(new LoginCommand("nobody@example.com", "x")));
        assertThat(known.getMessage()).isEqualTo(unknown.getMessage()).isEqualTo(AuthenticationService.LOCKED);
        assertThat(known.retryAfter()).isEqualTo(unknown.retryAfter());
    }

    @Test
    void a_success_forgets_earlier_failures_and_zero_turns_the_lock_off() {
        f.register("Ada", "ada@example.com");
        for (int i = 0; i < 4; i++) {
            failure(new LoginCommand("ada@example.com", "wrong"));
        }
        f.authentication.login(new LoginCommand("ada@example.com", "password-1"));
        for (int i = 0; i < 4; i++) {
            failure(new LoginCommand("ada@example.com", "wrong"));
        }
        assertThat(f.authentication.login(new LoginCommand("ada@example.com", "password-1"))).isNotNull();

        AuthenticationService unlimited = new AuthenticationService(f.users, f.users, f.hasher, f.tokens, f.audit,
                f.loginLocks, LoginLockPolicy.of(0), f.clock);
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> unlimited.login(new LoginCommand("ada@example.com", "wrong")))
                    .isInstanceOf(Unauthenticated.class);
        }
        assertThat(unlimited.login(new LoginCommand("ada@example.com", "password-1"))).isNotNull();
    }
}
