package dev.inkwell.adapters.persistence.audit;

import dev.inkwell.domain.audit.AuditEvent;
import org.mapstruct.Mapper;

@Mapper
public interface AuditEventMapper {

    AuditEventEntity toEntity(AuditEvent event);

    AuditEvent toDomain(AuditEventEntity entity);
}
