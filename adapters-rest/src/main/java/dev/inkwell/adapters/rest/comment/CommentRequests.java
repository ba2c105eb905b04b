package dev.inkwell.adapters.rest.comment;

import dev.inkwell.domain.comment.CommentContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of comments. Unknown properties (id, author, postId…) are ignored. */
public final class CommentRequests {

    private CommentRequests() {
    }

    @Schema(name = "CommentRequest")
    public record Write(@Schema(example = "Great read, thank you!", minLength = 1,
            maxLength = CommentContent.MAX_LENGTH, required = true) String content) {
    }
}
