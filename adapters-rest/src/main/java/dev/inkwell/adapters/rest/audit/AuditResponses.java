package dev.inkwell.adapters.rest.audit;

import dev.inkwell.adapters.rest.shared.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit shapes of the contract. */
public final class AuditResponses {

    private AuditResponses() {
    }

    @Schema(name = "AuditEvent")
    public record AuditEvent(
            UUID id,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant occurredAt,
            @Schema(nullable = true, description = "null for anonymous actions (registration, failed login)")
            UUID actorId,
            @Schema(example = "USER_ROLE_CHANGED") String action,
            @Schema(example = "USER", enumeration = {"USER", "POST", "COMMENT", "CATEGORY"}) String entityType,
            @Schema(nullable = true) UUID entityId,
            @Schema(example = "{\"from\":\"USER\",\"to\":\"MODERATOR\"}") Map<String, Object> details) {
    }

    /** For the OpenAPI document only: generics are erased from the schema. */
    @Schema(name = "AuditEventPage")
    public record AuditEventPage(List<AuditEvent> data, PageResponse.Meta meta) {
    }
}
