package dev.inkwell.adapters.rest.category;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The category shapes of the contract. */
public final class CategoryResponses {

    private CategoryResponses() {
    }

    @Schema(name = "Category")
    public record Category(@Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
                           @Schema(example = "Technology") String name,
                           @Schema(example = "technology") String slug,
                           @Schema(nullable = true) UUID parentId,
                           @Schema(description = "published posts filed under it", example = "12") long postCount) {
    }

    @Schema(name = "CategoryWithChildren")
    public record CategoryWithChildren(UUID id, @Schema(example = "Technology") String name,
                                       @Schema(example = "technology") String slug,
                                       @Schema(nullable = true) UUID parentId, long postCount,
                                       List<Category> children) {
    }

    @Schema(name = "CategoryList")
    public record CategoryList(List<Category> data) {
    }
}
