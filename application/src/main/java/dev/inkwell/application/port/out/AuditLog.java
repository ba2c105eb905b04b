package dev.inkwell.application.port.out;

import dev.inkwell.domain.audit.AuditEvent;

/** Appends audit events in the caller's transaction: no change commits without its event. */
public interface AuditLog {

    void record(AuditEvent event);
}
