package dev.inkwell.application.port.out;

import dev.inkwell.application.audit.AuditFilter;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.audit.AuditEvent;

public interface AuditQueries {

    /** Newest first. */
    Page<AuditEvent> find(AuditFilter filter, PageRequest page);
}
