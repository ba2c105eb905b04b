package dev.inkwell.application.audit;

import dev.inkwell.application.port.in.ListAuditEventsUseCase;
import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuditService implements ListAuditEventsUseCase {

    private final AuditQueries queries;

    @Inject
    public AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional
    public Page<AuditEvent> list(Actor actor, AuditFilter filter, PageRequest page) {
        if (!actor.isAdmin()) {
            throw new Forbidden("only an ADMIN can read the audit log");
        }
        return queries.find(filter, page);
    }
}
