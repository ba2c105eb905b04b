package dev.inkwell.application.port.in;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.tag.Tags;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A partial edit: absent fields stay; an empty excerpt removes it; {@code categoryIds: []} unlinks all;
 * {@code tags} is the new full set ({@code []}: none).
 */
public record EditPostCommand(PostId postId, PostChanges changes) {

    public EditPostCommand {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(changes, "changes");
    }

    public static EditPostCommand of(PostId postId, String title, String content, String excerpt,
                                     List<String> categoryIds, List<String> tags) {
        InputCheck check = new InputCheck();
        PostTitle t = check.optional(title, () -> new PostTitle(title));
        PostContent c = check.optional(content, () -> new PostContent(content));
        Excerpt e = check.optional(excerpt, () -> new Excerpt(excerpt));
        Set<CategoryId> ids = check.check(() -> CategoryIds.parse(categoryIds));
        Tags tagSet = check.optional(tags, () -> Tags.of(tags)); // absent: unchanged; []: none
        check.throwIfInvalid();
        return new EditPostCommand(postId, new PostChanges(t, c, e, ids, tagSet));
    }
}
