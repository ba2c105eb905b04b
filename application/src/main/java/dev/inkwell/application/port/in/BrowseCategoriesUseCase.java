package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import java.util.List;

public interface BrowseCategoriesUseCase {

    List<CategoryView> all();

    CategoryDetail bySlug(String slug);
}
