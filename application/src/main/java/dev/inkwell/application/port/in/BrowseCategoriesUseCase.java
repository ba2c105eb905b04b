package dev.inkwell.application.port.in;

import dev.inkwell.application.category.CategoryViews.CategoryDetail;
import dev.inkwell.application.category.CategoryViews.CategoryView;
import java.util.List;

public interface BrowseCategoriesUseCase {

    List<CategoryView> all();

    CategoryDetail bySlug(String slug);
}
