package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.audit.AuditEvent;

public interface AuditQueries {

    /** Newest first. */
    Page<AuditEvent> find(AuditFilter filter, PageRequest page);
}
