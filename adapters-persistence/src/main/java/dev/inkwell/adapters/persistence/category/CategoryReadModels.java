package dev.inkwell.adapters.persistence.category;

import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.application.port.out.CategoryQueries;
import dev.inkwell.domain.category.CategoryId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Category read models as SQL projections. */
@ApplicationScoped
public class CategoryReadModels implements CategoryQueries {

    /**
     * A category with the number of published posts of active authors filed under it, which
     * triggers keep on the category (migration V4): reading it costs nothing however many posts.
     */
    private static final String VIEW = "select c.id, c.name, c.slug, c.parent_id, c.post_count from categories c";
    private static final String BY_NAME = " order by lower(c.name), c.id";

    private final SqlProjections sql;

    @Inject
    public CategoryReadModels(SqlProjections sql) {
        this.sql = sql;
    }

    @Override
    public List<CategoryView> all() {
        return views(new SqlQuery(VIEW + BY_NAME, Map.of()));
    }

    @Override
    public Optional<CategoryDetail> bySlug(String slug) {
        return views(new SqlQuery(VIEW + " where c.slug = :slug", Map.of("slug", slug))).stream().findFirst()
                .map(category -> new CategoryDetail(category, views(new SqlQuery(
                        VIEW + " where c.parent_id = :id" + BY_NAME, Map.of("id", category.id())))));
    }

    @Override
    public Optional<CategoryView> byId(CategoryId id) {
        return views(new SqlQuery(VIEW + " where c.id = :id", Map.of("id", id.value()))).stream().findFirst();
    }

    private List<CategoryView> views(SqlQuery query) {
        return sql.rows(query).stream().map(CategoryReadModels::view).toList();
    }

    private static CategoryView view(Tuple r) {
        return new CategoryView(uuid(r, "id"), string(r, "name"), string(r, "slug"), uuid(r, "parent_id"),
                number(r, "post_count"));
    }
}
