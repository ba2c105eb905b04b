package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.application.port.model.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** Offset pages of Panache queries. */
public final class Paging {

    private Paging() {
    }

    /**
     * The rows of {@code page}. JPA addresses rows with an {@code int}; a page that starts beyond
     * it (page 2 147 483 647 of 100) holds nothing, and reading it must not fail.
     */
    public static <T> List<T> rows(PanacheQuery<T> query, PageRequest page) {
        long last = page.offset() + page.limit() - 1;
        if (last > Integer.MAX_VALUE) {
            return List.of();
        }
        return query.range((int) page.offset(), (int) last).list();
    }
}
