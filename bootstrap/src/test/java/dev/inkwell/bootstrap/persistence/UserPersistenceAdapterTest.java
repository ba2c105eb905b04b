package dev.inkwell.bootstrap.persistence;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static dev.inkwell.application.contract.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.adapters.persistence.user.UserPersistenceAdapter;
import dev.inkwell.adapters.persistence.user.UserReadModels;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * What only the PostgreSQL user adapter has to get right (the profile as a secondary table, the
 * read model's soft-delete filter); what every user repository promises is in
 * {@link PostgresAdaptersHoldThePortContractsTest}.
 */
@QuarkusTest
class UserPersistenceAdapterTest {

    @Inject
    UserPersistenceAdapter adapter;
    @Inject
    UserReadModels readModels;

    @Test
    void soft_deleted_users_leave_the_staff_list() {
        User user = user(unique("soft"), null);
        QuarkusTransaction.requiringNew().run(() -> adapter.add(user));
        assertThat(QuarkusTransaction.requiringNew().call(() -> readModels.findActive(user.email().value(),
                new PageRequest(1, 10)).items())).extracting(UserView::id).containsExactly(user.id().value());
        QuarkusTransaction.requiringNew().run(() -> {
            User managed = adapter.findActiveById(user.id()).orElseThrow();
            managed.softDelete(managed.asActor(), now());
            adapter.update(managed);
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> readModels.findActive(user.email().value(),
                new PageRequest(1, 10)).total())).isZero();
    }

    @Test
    void clearing_every_profile_field_removes_the_profile_row() {
        User user = user(unique("clear"), new Profile("bio", null, null));
        QuarkusTransaction.requiringNew().run(() -> adapter.add(user));
        User restored = User.restore(user.id(), user.email(), user.username(), user.name(), user.passwordHash(),
                user.role(), null, user.createdAt(), user.updatedAt(), null, user.audience());
        QuarkusTransaction.requiringNew().run(() -> {
            adapter.findActiveById(user.id()).orElseThrow();
            adapter.update(restored);
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> adapter.findActiveById(user.id())).orElseThrow().profile())
                .isEmpty();
    }
}
