package dev.inkwell.adapters.rest.comment;

import dev.inkwell.adapters.rest.post.PostResponses.Author;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.user.User;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Comment request and response bodies. */
public final class CommentBodies {

    private CommentBodies() {
    }

    @Schema(name = "CommentRequest")
    public record Write(@Schema(example = "Great read, thank you!", minLength = 1, maxLength = 5000, required = true)
                        String content) {
    }

    @Schema(name = "Comment")
    public record CommentResponse(@Schema(example = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f") UUID id,
                                  @Schema(example = "Great read, thank you!") String content,
                                  @Schema(example = "2026-11-21T15:00:00.000Z") Instant createdAt,
                                  @Schema(example = "2026-11-21T15:00:00.000Z") Instant updatedAt,
                                  Author author) {
    }

    @Schema(name = "CommentPage")
    public record CommentPage(java.util.List<CommentResponse> data,
                              dev.inkwell.adapters.rest.shared.PageResponse.Meta meta) {
    }

    /** A comment written or edited by {@code writer}, who is the caller: only its writer may do either. */
    static CommentResponse of(Comment comment, User writer) {
        return new CommentResponse(comment.id().value(), comment.content().value(), comment.createdAt(),
                comment.updatedAt(), new Author(writer.id().value(), writer.username().value(), writer.name().value()));
    }
}
