package dev.inkwell.application.port.model;

import java.util.List;
import java.util.UUID;

public final class CategoryViews {

    private CategoryViews() {
    }

    /** {@code postCount} counts published posts of active authors. */
    public record CategoryView(UUID id, String name, String slug, UUID parentId, long postCount) {
    }

    public record CategoryDetail(CategoryView category, List<CategoryView> children) {

        public CategoryDetail {
            children = List.copyOf(children);
        }
    }
}
