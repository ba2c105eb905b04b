package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} with its {@link AuditQueries} promises; run against the fake and PostgreSQL. */
public abstract class AuditLogContract extends PortContract {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");

    private AuditEvent recorded(int minute, UUID actor, EntityType type, UUID entity) {
        AuditEvent event = AuditEvent.record(T0.plusSeconds(60L * minute), actor, AuditAction.POST_UPDATED, type,
                entity, Map.of("minute", minute, "nested", Map.of("list", List.of("a", "b"))));
        tx().run(() -> auditLog().record(event));
        return event;
    }

    @Test
    void events_of_an_entity_are_found_newest_first_with_their_details_and_paged() {
        UUID entity = UUID.randomUUID();
        AuditEvent first = recorded(1, null, EntityType.POST, entity);
        AuditEvent third = recorded(3, null, EntityType.POST, entity);
        AuditEvent second = recorded(2, null, EntityType.POST, entity);
        AuditFilter byEntity = new AuditFilter(null, entity, null);
        Page<AuditEvent> page = tx().call(() -> auditQueries().find(byEntity, new PageRequest(1, 2)));
        assertThat(page.items()).extracting(AuditEvent::id).containsExactly(third.id(), second.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(0).details()).isEqualTo(third.details());
        assertThat(tx().call(() -> auditQueries().find(byEntity, new PageRequest(2, 2))).items())
                .extracting(AuditEvent::id).containsExactly(first.id());
    }

    @Test
    void filters_combine() {
        UUID actor = UUID.randomUUID();
        UUID entity = UUID.randomUUID();
        AuditEvent wanted = recorded(1, actor, EntityType.COMMENT, entity);
        recorded(2, actor, EntityType.POST, entity);
        recorded(3, UUID.randomUUID(), EntityType.COMMENT, entity);
        assertThat(tx().call(() -> auditQueries().find(new AuditFilter(EntityType.COMMENT, entity, actor),
                new PageRequest(1, 10))).items()).extracting(AuditEvent::id).containsExactly(wanted.id());
    }
}
