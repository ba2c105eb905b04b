package dev.inkwell.adapters.rest.audit;

import dev.inkwell.adapters.rest.audit.AuditResponses.AuditEventPage;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageParams;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.application.port.in.ListAuditEventsUseCase;
import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.InputCheck;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/audit")
@Tag(name = "Admin", description = "What happened, and who did it")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    ListAuditEventsUseCase audit;
    @Inject
    AuditResponseMapper mapper;
    @Inject
    CurrentActor actor;

    @GET
    @Authenticated
    @Operation(summary = "The audit trail", description = "ADMIN only. Newest first; every filter is optional.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<AuditResponses.AuditEvent> list(
            @BeanParam PageParams page,
            @QueryParam("entityType") @Parameter(schema = @Schema(enumeration = {"USER", "POST", "COMMENT", "CATEGORY"}))
            String entityType,
            @QueryParam("entityId") @Parameter(description = "UUID") String entityId,
            @QueryParam("actorId") @Parameter(description = "UUID") String actorId) {
        InputCheck check = new InputCheck();
        PageRequest pageRequest = check.check(page::toRequest);
        EntityType type = check.optional(entityType, () -> EntityType.parse(entityType));
        UUID entity = check.check(() -> Ids.optionalUuid(entityId, "entityId"));
        UUID actorFilter = check.check(() -> Ids.optionalUuid(actorId, "actorId"));
        check.throwIfInvalid();
        return PageResponse.of(audit.list(actor.required(), new AuditFilter(type, entity, actorFilter), pageRequest),
                mapper::toResponse);
    }
}
