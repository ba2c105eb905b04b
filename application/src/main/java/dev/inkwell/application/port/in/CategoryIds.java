package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.Uuids;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.InputCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        InputCheck check = new InputCheck();
        for (int i = 0; i < raw.size(); i++) {
            String field = "categoryIds[" + i + "]";
            String text = raw.get(i);
            CategoryId id = check.check(() -> new CategoryId(Uuids.parse(field, text)));
            if (id != null) {
                ids.add(id);
            }
        }
        check.throwIfInvalid();
        return ids;
    }
}
