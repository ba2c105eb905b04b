package dev.inkwell.application.shared;

import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.user.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The audit event of a change an authenticated actor made. */
public final class Audits {

    private Audits() {
    }

    public static AuditEvent by(Actor actor, AuditAction action, EntityType type, UUID entityId,
                                Map<String, Object> details, Instant now) {
        return AuditEvent.record(now, actor.id().value(), action, type, entityId, details);
    }
}
