package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.adapters.persistence.audit.AuditPersistenceAdapter;
import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditPersistenceAdapterTest {

    @Inject
    AuditPersistenceAdapter adapter;

    @Test
    void events_round_trip_with_jsonb_details_and_filter_newest_first() {
        UUID entity = UUID.randomUUID();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditEvent older = AuditEvent.record(t, null, AuditAction.POST_CREATED, EntityType.POST, entity,
                Map.of("title", "Ça va", "tags", List.of("a", "b"), "count", 2));
        AuditEvent newer = AuditEvent.record(t.plusMillis(5), UUID.randomUUID(), AuditAction.POST_PUBLISHED,
                EntityType.POST, entity, Map.of());
        QuarkusTransaction.requiringNew().run(() -> {
            adapter.record(older);
            adapter.record(newer);
        });

        List<AuditEvent> found = QuarkusTransaction.requiringNew().call(() ->
                adapter.find(new AuditFilter(EntityType.POST, entity, null), new PageRequest(1, 10)).items());
        assertThat(found).extracting(AuditEvent::id).containsExactly(newer.id(), older.id());
        assertThat(found.get(1).details()).containsEntry("title", "Ça va").containsEntry("tags", List.of("a", "b"))
                .containsEntry("count", 2);
        assertThat(found.get(1).occurredAt()).isEqualTo(t);
    }

    @Test
    void recording_outside_a_transaction_is_refused_so_no_audit_row_commits_alone() {
        AuditEvent event = AuditEvent.record(Instant.now(), null, AuditAction.USER_UPDATED, EntityType.USER,
                UUID.randomUUID(), Map.of());
        assertThatThrownBy(() -> adapter.record(event)).isInstanceOf(TransactionalException.class);
    }

    @Test
    void a_rolled_back_change_leaves_no_audit_row() {
        UUID entity = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            adapter.record(AuditEvent.record(Instant.now(), null, AuditAction.USER_UPDATED, EntityType.USER, entity,
                    Map.of()));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                adapter.find(new AuditFilter(null, entity, null), new PageRequest(1, 10)).total())).isZero();
    }
}
