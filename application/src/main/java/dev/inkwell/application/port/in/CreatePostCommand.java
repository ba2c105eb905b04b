package dev.inkwell.application.port.in;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.tag.Tags;
import java.util.List;
import java.util.Objects;
import java.util.Set;

public record CreatePostCommand(PostTitle title, PostContent content, Excerpt excerpt, Set<CategoryId> categoryIds,
                                Tags tags) {

    public CreatePostCommand {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        tags = tags == null ? Tags.none() : tags;
    }

    /** Builds the command from raw input, reporting every invalid field at once. */
    public static CreatePostCommand of(String title, String content, String excerpt, List<String> categoryIds,
                                       List<String> tags) {
        InputCheck check = new InputCheck();
        PostTitle t = check.check(() -> new PostTitle(title));
        PostContent c = check.check(() -> new PostContent(content));
        Excerpt e = check.optional(excerpt, () -> new Excerpt(excerpt));
        Set<CategoryId> ids = check.check(() -> CategoryIds.parse(categoryIds));
        Tags tagSet = check.check(() -> Tags.of(tags));
        check.throwIfInvalid();
        return new CreatePostCommand(t, c, e, ids, tagSet);
    }
}
