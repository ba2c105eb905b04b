package dev.inkwell.adapters.rest.category;

import com.fasterxml.jackson.annotation.JsonSetter;
import dev.inkwell.domain.category.CategoryName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of /categories. Unknown properties (id, slug, postCount) are ignored. */
public final class CategoryRequests {

    private CategoryRequests() {
    }

    @Schema(name = "CreateCategoryRequest")
    public record Create(@Schema(example = "Technology", minLength = 1, maxLength = CategoryName.MAX_LENGTH,
                                 required = true) String name,
                         @Schema(description = "an existing category's id; absent or null for a top-level category",
                                 example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", nullable = true) String parentId) {
    }

    /**
     * A partial edit. {@code parentId} distinguishes absent (keep the parent) from {@code null}
     * (move to the top level), which a record could not.
     */
    @Schema(name = "UpdateCategoryRequest", description = "Absent fields stay; `\"parentId\": null` moves the category"
            + " to the top level. The slug follows the name.")
    public static final class Update {

        @Schema(example = "Tech", minLength = 1, maxLength = CategoryName.MAX_LENGTH)
        private String name;
        @Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", nullable = true)
        private String parentId;
        private boolean parentIdGiven;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getParentId() {
            return parentId;
        }

        @JsonSetter("parentId")
        public void setParentId(String parentId) {
            this.parentId = parentId;
            this.parentIdGiven = true;
        }

        boolean parentIdGiven() {
            return parentIdGiven;
        }
    }
}
