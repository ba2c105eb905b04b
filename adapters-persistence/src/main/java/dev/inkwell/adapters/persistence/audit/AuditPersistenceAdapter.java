package dev.inkwell.adapters.persistence.audit;

import dev.inkwell.adapters.persistence.shared.Paging;
import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.domain.audit.AuditEvent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditPersistenceAdapter implements AuditLog, AuditQueries {

    private final AuditEventMapper mapper;

    @Inject
    public AuditPersistenceAdapter(AuditEventMapper mapper) {
        this.mapper = mapper;
    }

    /** Joins the caller's transaction and refuses to run without one: an audit row never commits alone. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        mapper.toEntity(event).persist();
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.entityType() != null) {
            conditions.add("entityType = :entityType");
            params.and("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            conditions.add("entityId = :entityId");
            params.and("entityId", filter.entityId());
        }
        if (filter.actorId() != null) {
            conditions.add("actorId = :actorId");
            params.and("actorId", filter.actorId());
        }
        Sort newestFirst = Sort.descending("occurredAt", "id");
        PanacheQuery<AuditEventEntity> query = conditions.isEmpty()
                ? AuditEventEntity.findAll(newestFirst)
                : AuditEventEntity.find(String.join(" and ", conditions), newestFirst, params);
        List<AuditEvent> items = Paging.rows(query, page).stream().map(mapper::toDomain).toList();
        return new Page<>(items, page.page(), page.limit(), query.count());
    }
}
