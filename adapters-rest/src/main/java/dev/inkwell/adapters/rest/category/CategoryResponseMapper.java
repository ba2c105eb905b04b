package dev.inkwell.adapters.rest.category;

import dev.inkwell.adapters.rest.category.CategoryBodies.CategoryDetailResponse;
import dev.inkwell.adapters.rest.category.CategoryBodies.CategoryResponse;
import dev.inkwell.application.category.CategoryViews.CategoryDetail;
import dev.inkwell.application.category.CategoryViews.CategoryView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CategoryResponseMapper {

    CategoryResponse toResponse(CategoryView view);

    @Mapping(target = "id", source = "category.id")
    @Mapping(target = "name", source = "category.name")
    @Mapping(target = "slug", source = "category.slug")
    @Mapping(target = "parentId", source = "category.parentId")
    @Mapping(target = "postCount", source = "category.postCount")
    CategoryDetailResponse toDetail(CategoryDetail detail);
}
