package dev.inkwell.application.fakes;

import dev.inkwell.application.audit.AuditFilter;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;

public class RecordingAuditLog implements AuditLog, AuditQueries {

    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return new Page<>(events, page.page(), page.limit(), events.size());
    }

    public List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    public AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
