package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How read models are read: native SQL projections straight into records, never entities. Every
 * read-model adapter goes through here, so statement shape and binding are the same everywhere.
 */
@ApplicationScoped
public class SqlProjections {

    private final EntityManager em;

    @Inject
    public SqlProjections(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Tuple> rows(SqlQuery query) {
        return bind(em.createNativeQuery(query.sql(), Tuple.class), query.params()).getResultList();
    }

    public long count(SqlQuery query) {
        return ((Number) bind(em.createNativeQuery(query.sql()), query.params()).getSingleResult()).longValue();
    }

    /** An empty first page needs no count: the total is 0. */
    public static <T> Page<T> page(List<T> items, PageRequest page, LongSupplier total) {
        long count = items.isEmpty() && page.page() == 1 ? 0 : total.getAsLong();
        return new Page<>(items, page.page(), page.limit(), count);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
