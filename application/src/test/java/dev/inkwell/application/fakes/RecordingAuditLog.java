package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class RecordingAuditLog implements AuditLog, AuditQueries {

    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> filter.entityType() == null || e.entityType() == filter.entityType())
                .filter(e -> filter.entityId() == null || filter.entityId().equals(e.entityId()))
                .filter(e -> filter.actorId() == null || filter.actorId().equals(e.actorId()))
                .sorted(Comparator.comparing(AuditEvent::occurredAt)
                        .thenComparing(AuditEvent::id, PostgresOrder.UUIDS).reversed())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(),
                page.limit(), matching.size());
    }

    public List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    public AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
