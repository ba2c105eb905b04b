package dev.inkwell.application.port.model;

import dev.inkwell.domain.audit.EntityType;
import java.util.UUID;

/** Optional criteria, all of which must match; null means "any". */
public record AuditFilter(EntityType entityType, UUID entityId, UUID actorId) {
}
