package dev.inkwell.adapters.rest.audit;

import dev.inkwell.domain.audit.AuditEvent;
import org.mapstruct.Mapper;

@Mapper
public interface AuditResponseMapper {

    AuditResponses.AuditEvent toResponse(AuditEvent event);
}
