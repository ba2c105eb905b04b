package dev.inkwell.application.category;

import dev.inkwell.application.port.in.BrowseCategoriesUseCase;
import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.application.port.out.CategoryQueries;
import dev.inkwell.domain.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reading the category tree: anyone may. Without a transaction, like {@code PostReadService} (see there). */
@ApplicationScoped
public class CategoryReadService implements BrowseCategoriesUseCase {

    private final CategoryQueries queries;

    @Inject
    public CategoryReadService(CategoryQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<CategoryView> all() {
        return queries.all();
    }

    @Override
    public CategoryDetail bySlug(String slug) {
        return queries.bySlug(slug).orElseThrow(() -> new NotFound("category " + slug + " was not found"));
    }
}
