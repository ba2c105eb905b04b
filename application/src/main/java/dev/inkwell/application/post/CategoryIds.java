package dev.inkwell.application.post;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Parses the {@code categoryIds} of a post body, naming every malformed entry. */
final class CategoryIds {

    private CategoryIds() {
    }

    /** Null stays null (no change); duplicates collapse. */
    static Set<CategoryId> parse(List<String> raw) {
        if (raw == null) {
            return null;
        }
        Set<CategoryId> ids = new LinkedHashSet<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                ids.add(new CategoryId(UUID.fromString(raw.get(i))));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new InvalidInput.FieldError("categoryIds[" + i + "]", "must be a UUID"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ids;
    }
}
