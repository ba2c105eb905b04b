package dev.inkwell.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded state change. {@code actorId} is null for anonymous actions (a failed
 * login, a registration); {@code entityId} is null when there is no such entity (a
 * login attempt for an unknown e-mail). {@code details} holds JSON-compatible values only.
 */
public record AuditEvent(UUID id, Instant occurredAt, UUID actorId, AuditAction action,
                         EntityType entityType, UUID entityId, Map<String, Object> details) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent record(Instant occurredAt, UUID actorId, AuditAction action,
                                    EntityType entityType, UUID entityId, Map<String, Object> details) {
        return new AuditEvent(UUID.randomUUID(), occurredAt, actorId, action, entityType, entityId, details);
    }
}
