package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.user.Actor;

public interface ListAuditEventsUseCase {

    /** ADMIN only; newest first. */
    Page<AuditEvent> list(Actor actor, AuditFilter filter, PageRequest page);
}
