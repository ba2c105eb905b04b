package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static dev.inkwell.application.contract.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.Username;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} promises; run against the fake and against PostgreSQL. */
public abstract class UserRepositoryContract extends PortContract {

    private User stored(String prefix, Profile profile) {
        User user = user(unique(prefix), profile);
        tx().run(() -> users().add(user));
        return user;
    }

    @Test
    void a_user_with_a_profile_round_trips_unchanged() {
        User user = stored("roundtrip", new Profile("bio", "https://a.example/x.png", null));
        User loaded = tx().call(() -> users().findActiveById(user.id())).orElseThrow();
        assertThat(loaded.email()).isEqualTo(user.email());
        assertThat(loaded.username()).isEqualTo(user.username());
        assertThat(loaded.profile()).contains(new Profile("bio", "https://a.example/x.png", null));
        assertThat(loaded.createdAt()).isEqualTo(user.createdAt());
        assertThat(loaded.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(tx().call(() -> users().findActiveByEmail(user.email()))).isPresent();
    }

    @Test
    void the_account_behind_a_token_is_read_without_a_transaction_and_only_while_active() {
        User user = stored("account", new Profile("bio", null, "https://a.example"));
        UserView account = userQueries().accountOf(user.id()).orElseThrow();
        assertThat(account.email()).isEqualTo(user.email().value());
        assertThat(account.username()).isEqualTo(user.username().value());
        assertThat(account.role()).isEqualTo(user.role());
        assertThat(account.profile()).isEqualTo(new UserView.ProfileView("bio", null, "https://a.example"));
        assertThat(account.followersCount()).isZero();
        tx().run(() -> {
            User loaded = users().findActiveById(user.id()).orElseThrow();
            loaded.softDelete(loaded.asActor(), now());
            users().update(loaded);
        });
        assertThat(userQueries().accountOf(user.id())).isEmpty();
        assertThat(userQueries().accountOf(new dev.inkwell.domain.user.UserId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_active_users_email_or_username_taken_again_is_a_conflict_about_it() {
        User first = stored("race", null);
        User sameEmail = User.register(first.email(), new Username(unique("other")), new DisplayName("Other"),
                new PasswordHash("x"), null, now());
        assertThatThrownBy(() -> tx().run(() -> users().add(sameEmail)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).isEqualTo(Subject.EMAIL));
        User sameUsername = user(first.username().value(), null);
        User renamed = User.register(new dev.inkwell.domain.user.Email(unique("x") + "@example.com"),
                sameUsername.username(), new DisplayName("Other"), new PasswordHash("x"), null, now());
        assertThatThrownBy(() -> tx().run(() -> users().add(renamed)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).isEqualTo(Subject.USERNAME));
        assertThat(tx().call(() -> users().isEmailTakenByActiveUser(first.email()))).isTrue();
        assertThat(tx().call(() -> users().isUsernameTakenByActiveUser(first.username()))).isTrue();
        assertThat(tx().call(() -> users().isUsernameTakenByAnotherActiveUser(first.username(), first.id())))
                .isFalse();
    }

    @Test
    void soft_deleted_users_are_found_only_by_id_and_free_their_email_and_username() {
        User user = stored("soft", null);
        tx().run(() -> {
            User loaded = users().findActiveById(user.id()).orElseThrow();
            loaded.softDelete(loaded.asActor(), now());
            users().update(loaded);
        });
        assertThat(tx().call(() -> users().findActiveById(user.id()))).isEmpty();
        assertThat(tx().call(() -> users().findAnyById(user.id()))).isPresent();
        assertThat(tx().call(() -> users().findActiveByEmail(user.email()))).isEmpty();
        assertThat(tx().call(() -> users().isEmailTakenByActiveUser(user.email()))).isFalse();
        assertThat(tx().call(() -> users().isUsernameTakenByActiveUser(user.username()))).isFalse();
        User again = user(user.username().value(), null);
        tx().run(() -> users().add(again));
        assertThat(tx().call(() -> users().findActiveByEmail(user.email())).orElseThrow().id()).isEqualTo(again.id());
    }

    @Test
    void username_candidates_are_the_base_and_its_dash_suffixes_with_underscore_a_literal() {
        String base = unique("under_score");
        tx().run(() -> {
            users().add(user(base, null));
            users().add(user(base + "-2", null));
            users().add(user(base.replace('_', 'x'), null));
            users().add(user(base + "x", null));
        });
        assertThat(tx().call(() -> users().activeUsernamesLike(new Username(base))))
                .containsExactlyInAnyOrder(base, base + "-2");
    }

    @Test
    void a_loaded_user_changes_only_through_update() {
        User user = stored("snapshot", null);
        User loaded = tx().call(() -> users().findActiveById(user.id())).orElseThrow();
        loaded.edit(loaded.asActor(), new DisplayName("Not saved"), null, null, now());
        assertThat(tx().call(() -> users().findActiveById(user.id())).orElseThrow().name().value())
                .isEqualTo(user.name().value());
        tx().run(() -> users().update(loaded));
        assertThat(tx().call(() -> users().findActiveById(user.id())).orElseThrow().name().value())
                .isEqualTo("Not saved");
    }

    @Test
    void a_purged_user_is_gone_for_good() {
        User user = stored("purged", null);
        tx().run(() -> users().deletePermanently(user.id()));
        assertThat(tx().call(() -> users().findAnyById(user.id()))).isEmpty();
    }
}
