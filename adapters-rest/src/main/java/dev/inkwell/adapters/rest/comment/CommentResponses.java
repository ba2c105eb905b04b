package dev.inkwell.adapters.rest.comment;

import dev.inkwell.adapters.rest.post.PostResponses.Author;
import dev.inkwell.adapters.rest.shared.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The comment shapes of the contract. */
public final class CommentResponses {

    private CommentResponses() {
    }

    @Schema(name = "Comment")
    public record Comment(@Schema(example = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f") UUID id,
                          @Schema(example = "Great read, thank you!") String content,
                          @Schema(example = "2026-11-21T15:00:00.000Z") Instant createdAt,
                          @Schema(example = "2026-11-21T15:00:00.000Z") Instant updatedAt,
                          Author author) {
    }

    /** For the OpenAPI document only: generics are erased from the schema. */
    @Schema(name = "CommentPage")
    public record CommentPage(List<Comment> data, PageResponse.Meta meta) {
    }
}
