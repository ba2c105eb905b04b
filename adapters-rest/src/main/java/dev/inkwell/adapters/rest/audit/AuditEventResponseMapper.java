package dev.inkwell.adapters.rest.audit;

import dev.inkwell.adapters.rest.audit.AuditResource.AuditEventResponse;
import dev.inkwell.domain.audit.AuditEvent;
import org.mapstruct.Mapper;

@Mapper
public interface AuditEventResponseMapper {

    AuditEventResponse toResponse(AuditEvent event);
}
