package dev.inkwell.adapters.rest.audit;

import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.application.audit.AuditFilter;
import dev.inkwell.application.port.in.ListAuditEventsUseCase;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.InputCheck;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/audit")
@Tag(name = "Admin", description = "What happened, and who did it")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    ListAuditEventsUseCase audit;
    @Inject
    AuditEventResponseMapper mapper;
    @Inject
    CurrentActor actor;

    @Schema(name = "AuditEvent")
    public record AuditEventResponse(
            UUID id,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant occurredAt,
            @Schema(nullable = true, description = "null for anonymous actions (registration, failed login)")
            UUID actorId,
            @Schema(example = "USER_ROLE_CHANGED") String action,
            @Schema(example = "USER", enumeration = {"USER", "POST", "COMMENT", "CATEGORY"}) String entityType,
            @Schema(nullable = true) UUID entityId,
            @Schema(example = "{\"from\":\"USER\",\"to\":\"MODERATOR\"}") Map<String, Object> details) {
    }

    @Schema(name = "AuditEventPage")
    record AuditEventPage(List<AuditEventResponse> data, PageResponse.Meta meta) {
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The audit trail", description = "ADMIN only. Newest first; every filter is optional.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<AuditEventResponse> list(
            @QueryParam("page") @Parameter(schema = @Schema(defaultValue = "1", minimum = "1")) String page,
            @QueryParam("limit") @Parameter(schema = @Schema(defaultValue = "10", minimum = "1", maximum = "100"))
            String limit,
            @QueryParam("entityType") @Parameter(schema = @Schema(enumeration = {"USER", "POST", "COMMENT", "CATEGORY"}))
            String entityType,
            @QueryParam("entityId") @Parameter(description = "UUID") String entityId,
            @QueryParam("actorId") @Parameter(description = "UUID") String actorId) {
        InputCheck check = new InputCheck();
        PageRequest pageRequest = check.check(() -> PageRequest.parse(page, limit));
        EntityType type = check.optional(entityType, () -> EntityType.parse(entityType));
        UUID entity = check.check(() -> Ids.optionalUuid(entityId, "entityId"));
        UUID actorFilter = check.check(() -> Ids.optionalUuid(actorId, "actorId"));
        check.throwIfInvalid();
        return PageResponse.of(audit.list(actor.required(), new AuditFilter(type, entity, actorFilter), pageRequest),
                mapper::toResponse);
    }
}
