package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.domain.category.CategoryId;
import java.util.List;
import java.util.Optional;

public interface CategoryQueries {

    /** All categories by name (case-insensitive). */
    List<CategoryView> all();

    Optional<CategoryDetail> bySlug(String slug);

    Optional<CategoryView> byId(CategoryId id);
}
