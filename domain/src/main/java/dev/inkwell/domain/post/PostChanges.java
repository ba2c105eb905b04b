package dev.inkwell.domain.post;

import dev.inkwell.domain.category.CategoryId;
import java.util.Set;

/**
 * A partial edit of a post: a null part stays as it is. An empty {@link Excerpt} removes the
 * excerpt; an empty set of categories removes every link.
 */
public record PostChanges(PostTitle title, PostContent content, Excerpt excerpt, Set<CategoryId> categories) {

    public PostChanges {
        categories = categories == null ? null : Set.copyOf(categories);
    }

    public boolean isEmpty() {
        return title == null && content == null && excerpt == null && categories == null;
    }
}
