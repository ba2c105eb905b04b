package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.Uuids;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.error.InputCheck;

/**
 * A category create or edit. For an edit a null name stays, and the parent changes only when
 * {@code parentGiven} (a given null parent moves the category to the root).
 */
public record CategoryCommand(CategoryName name, CategoryId parentId, boolean parentGiven) {

    public static CategoryCommand of(String name, boolean nameRequired, String parentId, boolean parentGiven) {
        InputCheck check = new InputCheck();
        CategoryName n = nameRequired || name != null ? check.check(() -> new CategoryName(name)) : null;
        CategoryId p = check.optional(parentId, () -> new CategoryId(Uuids.parse("parentId", parentId)));
        check.throwIfInvalid();
        return new CategoryCommand(n, p, parentGiven);
    }
}
