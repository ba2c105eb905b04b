package dev.inkwell.domain.post;

import dev.inkwell.domain.event.DomainEvent;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;

/** What happens to posts. {@code published} tells whether readers saw the post when it happened. */
public final class PostEvents {

    private PostEvents() {
    }

    public record PostCreated(PostId postId, Instant occurredAt) implements DomainEvent {
    }

    /** Title, excerpt, content or categories changed; {@code published}: the post is public. */
    public record PostEdited(PostId postId, boolean published, Instant occurredAt) implements DomainEvent {
    }

    public record PostPublished(PostId postId, Slug slug, Instant occurredAt) implements DomainEvent {
    }

    public record PostUnpublished(PostId postId, Slug slug, Instant occurredAt) implements DomainEvent {
    }

    /** A post was scheduled for {@code publishAt}, or its time moved. */
    public record PostScheduled(PostId postId, Instant publishAt, Instant occurredAt) implements DomainEvent {
    }

    /** A scheduled post went back to draft. */
    public record PostUnscheduled(PostId postId, Instant occurredAt) implements DomainEvent {
    }

    /** A user favorited ({@code favorited}) or unfavorited a post; only when that changed something. */
    public record PostFavoriteChanged(PostId postId, UserId userId, boolean favorited, Instant occurredAt)
            implements DomainEvent {
    }

    public record PostDeleted(PostId postId, Slug slug, boolean published, Instant occurredAt)
            implements DomainEvent {
    }
}
