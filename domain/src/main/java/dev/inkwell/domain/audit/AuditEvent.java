package dev.inkwell.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded state change. {@code actorId} is null for anonymous actions (a failed
 * login, a registration); {@code entityId} is null when there is no such entity (a
 * login attempt for an unknown e-mail). {@code details} holds JSON-compatible values only
 * (strings, numbers, booleans, lists and maps of them); the NUL character, which a JSON column
 * can not store, is replaced in every string, however the text reached the event.
 */
public record AuditEvent(UUID id, Instant occurredAt, UUID actorId, AuditAction action,
                         EntityType entityType, UUID entityId, Map<String, Object> details) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        details = details == null ? Map.of() : storable(details);
    }

    @SuppressWarnings("unchecked")
    private static <T> T storable(T value) {
        if (value instanceof String s) {
            return (T) s.replace('\u0000', '\uFFFD');
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(storable(k), storable(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(AuditEvent::storable).toList();
        }
        return value;
    }

    public static AuditEvent record(Instant occurredAt, UUID actorId, AuditAction action,
                                    EntityType entityType, UUID entityId, Map<String, Object> details) {
        return new AuditEvent(UUID.randomUUID(), occurredAt, actorId, action, entityType, entityId, details);
    }
}
