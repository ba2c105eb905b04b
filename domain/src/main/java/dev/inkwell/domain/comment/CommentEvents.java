package dev.inkwell.domain.comment;

import dev.inkwell.domain.event.DomainEvent;
import dev.inkwell.domain.post.PostId;
import java.time.Instant;

/** What happens to comments. */
public final class CommentEvents {

    private CommentEvents() {
    }

    public record CommentAdded(CommentId commentId, PostId postId, Instant occurredAt) implements DomainEvent {
    }

    public record CommentEdited(CommentId commentId, PostId postId, Instant occurredAt) implements DomainEvent {
    }

    public record CommentRemoved(CommentId commentId, PostId postId, Instant occurredAt) implements DomainEvent {
    }
}
