package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.adapters.persistence.user.UserPersistenceAdapter;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.Username;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The user adapter against the real PostgreSQL schema that Flyway created. */
@QuarkusTest
class UserPersistenceAdapterTest {

    @Inject
    UserPersistenceAdapter adapter;

    @Test
    void a_user_with_a_profile_round_trips_unchanged() {
        User user = newUser("roundtrip", new Profile("bio", "https://a.example/x.png", null));
        QuarkusTransaction.requiringNew().run(() -> adapter.add(user));

        User loaded = QuarkusTransaction.requiringNew().call(() -> adapter.findActiveById(user.id())).orElseThrow();
        assertThat(loaded.email()).isEqualTo(user.email());
        assertThat(loaded.username()).isEqualTo(user.username());
        assertThat(loaded.profile()).contains(new Profile("bio", "https://a.example/x.png", null));
        assertThat(loaded.createdAt()).isEqualTo(user.createdAt());
        assertThat(loaded.passwordHash()).isEqualTo(user.passwordHash());
    }

    @Test
    void the_unique_index_turns_a_lost_race_into_a_conflict_not_a_500() {
        User first = newUser("race", null);
        QuarkusTransaction.requiringNew().run(() -> adapter.add(first));
        User sameEmail = User.register(first.email(), new Username(unique("other")), new DisplayName("Other"),
                new PasswordHash("x"), null, Timestamps.now(Clock.systemUTC()));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> adapter.add(sameEmail)))
                .isInstanceOf(Conflict.class).hasMessage("email is already registered");
    }

    @Test
    void soft_deleted_users_are_invisible_and_free_their_email_and_username() {
        User user = newUser("soft", null);
        QuarkusTransaction.requiringNew().run(() -> adapter.add(user));
        QuarkusTransaction.requiringNew().run(() -> {
            User managed = adapter.findActiveById(user.id()).orElseThrow();
            managed.softDelete(managed.asActor(), Timestamps.now(Clock.systemUTC()));
            adapter.update(managed);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(adapter.findActiveById(user.id())).isEmpty();
            assertThat(adapter.findAnyById(user.id())).isPresent();
            assertThat(adapter.findActiveByEmail(user.email())).isEmpty();
            assertThat(adapter.isEmailTakenByActiveUser(user.email())).isFalse();
            assertThat(adapter.isUsernameTakenByActiveUser(user.username())).isFalse();
            assertThat(adapter.findActive(user.email().value(), new PageRequest(1, 10)).total()).isZero();
        });
    }

    @Test
    void username_candidates_treat_underscore_as_a_literal() {
        String base = unique("under_score");
        QuarkusTransaction.requiringNew().run(() -> {
            adapter.add(newUserNamed(base));
            adapter.add(newUserNamed(base + "-2"));
            adapter.add(newUserNamed(base.replace('_', 'x')));
            adapter.add(newUserNamed(base + "x"));
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> adapter.activeUsernamesLike(new Username(base))))
                .containsExactlyInAnyOrder(base, base + "-2");
    }

    @Test
    void clearing_every_profile_field_removes_the_profile_row() {
        User user = newUser("clear", new Profile("bio", null, null));
        QuarkusTransaction.requiringNew().run(() -> adapter.add(user));
        User restored = User.restore(user.id(), user.email(), user.username(), user.name(), user.passwordHash(),
                user.role(), null, user.createdAt(), user.updatedAt(), null);
        QuarkusTransaction.requiringNew().run(() -> {
            adapter.findActiveById(user.id()).orElseThrow();
            adapter.update(restored);
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> adapter.findActiveById(user.id())).orElseThrow().profile())
                .isEmpty();
    }

    private static User newUser(String prefix, Profile profile) {
        String handle = unique(prefix);
        return User.register(new Email(handle + "@example.com"), new Username(handle), new DisplayName(prefix),
                new PasswordHash("$2a$12$notreallyahash"), profile, Timestamps.now(Clock.systemUTC()));
    }

    private static User newUserNamed(String username) {
        return User.register(new Email(username.replace('_', '.') + "@example.com"), new Username(username),
                new DisplayName(username), new PasswordHash("x"), null, Timestamps.now(Clock.systemUTC()));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
