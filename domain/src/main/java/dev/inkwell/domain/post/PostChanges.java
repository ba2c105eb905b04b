package dev.inkwell.domain.post;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.tag.Tags;
import java.util.Set;

/**
 * A partial edit of a post: a null part stays as it is. An empty {@link Excerpt} removes the
 * excerpt; an empty set of categories removes every link; tags are the new full set (empty: none).
 */
public record PostChanges(PostTitle title, PostContent content, Excerpt excerpt, Set<CategoryId> categories,
                          Tags tags) {

    public PostChanges {
        categories = categories == null ? null : Set.copyOf(categories);
    }

    /** An edit that leaves the tags as they are. */
    public PostChanges(PostTitle title, PostContent content, Excerpt excerpt, Set<CategoryId> categories) {
        this(title, content, excerpt, categories, null);
    }

    public boolean isEmpty() {
        return title == null && content == null && excerpt == null && categories == null && tags == null;
    }
}
