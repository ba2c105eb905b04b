package dev.inkwell.adapters.rest.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.comment.CommentResponseMapper;
import dev.inkwell.adapters.rest.comment.CommentResponses;
import dev.inkwell.adapters.rest.post.PostResponseMapper;
import dev.inkwell.adapters.rest.post.PostResponses.Author;
import dev.inkwell.application.port.model.WebhookViews.CommentData;
import dev.inkwell.application.port.model.WebhookViews.CommentRef;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.application.port.model.WebhookViews.PostData;
import dev.inkwell.application.port.model.WebhookViews.PostRef;
import dev.inkwell.application.port.model.WebhookViews.WebhookData;
import dev.inkwell.application.port.out.WebhookPayloads;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Webhook bodies in the shapes the API answers with: a post's {@code data} is exactly the
 * {@code PostSummary} of {@code GET /posts} (for an anonymous reader), a comment's exactly the
 * comment of {@code GET /posts/{id}/comments} plus the {@code postId} it is on.
 */
@ApplicationScoped
public class JsonWebhookPayloads implements WebhookPayloads {

    private final ObjectMapper json;
    private final PostResponseMapper posts;
    private final CommentResponseMapper comments;

    @Inject
    public JsonWebhookPayloads(ObjectMapper json, PostResponseMapper posts, CommentResponseMapper comments) {
        this.json = json;
        this.posts = posts;
        this.comments = comments;
    }

    /** The request body of every attempt of one event. */
    @RegisterForReflection
    public record Body(UUID id, String event, Instant occurredAt, Object data) {
    }

    /** A comment event's {@code data}: the comment as listed, and its post. */
    @RegisterForReflection
    public record CommentBody(UUID id, UUID postId, String content, Instant createdAt, Instant updatedAt,
                              Author author) {

        static CommentBody of(UUID postId, CommentResponses.Comment comment) {
            return new CommentBody(comment.id(), postId, comment.content(), comment.createdAt(), comment.updatedAt(),
                    comment.author());
        }
    }

    /** The {@code data} of {@code post.unpublished} and {@code post.deleted}. */
    @RegisterForReflection
    public record PostGone(UUID id, String slug) {
    }

    /** The {@code data} of {@code comment.deleted}. */
    @RegisterForReflection
    public record CommentGone(UUID id, UUID postId) {
    }

    @Override
    public String body(OutboxEvent event) {
        try {
            return json.writeValueAsString(new Body(event.id(), event.type().wireName(), event.occurredAt(),
                    data(event.data())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object data(WebhookData data) {
        if (data instanceof PostData post) {
            return posts.toSummary(post.post());
        }
        if (data instanceof CommentData comment) {
            return CommentBody.of(comment.postId(), comments.toResponse(comment.comment()));
        }
        if (data instanceof PostRef ref) {
            return new PostGone(ref.id(), ref.slug());
        }
        CommentRef ref = (CommentRef) data;
        return new CommentGone(ref.id(), ref.postId());
    }
}
