package dev.inkwell.adapters.rest.category;

import dev.inkwell.adapters.rest.category.CategoryResponses.Category;
import dev.inkwell.adapters.rest.category.CategoryResponses.CategoryList;
import dev.inkwell.adapters.rest.category.CategoryResponses.CategoryWithChildren;
import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CategoryResponseMapper {

    Category toResponse(CategoryView view);

    List<Category> toResponses(List<CategoryView> views);

    default CategoryList toList(List<CategoryView> views) {
        return new CategoryList(toResponses(views));
    }

    @Mapping(target = ".", source = "category")
    CategoryWithChildren toDetail(CategoryDetail detail);
}
