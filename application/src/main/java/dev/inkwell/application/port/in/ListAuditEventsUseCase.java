package dev.inkwell.application.port.in;

import dev.inkwell.application.audit.AuditFilter;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.user.Actor;

public interface ListAuditEventsUseCase {

    /** ADMIN only; newest first. */
    Page<AuditEvent> list(Actor actor, AuditFilter filter, PageRequest page);
}
