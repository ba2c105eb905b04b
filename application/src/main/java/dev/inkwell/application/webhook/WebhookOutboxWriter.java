package dev.inkwell.application.webhook;

import dev.inkwell.application.port.model.WebhookViews.CommentData;
import dev.inkwell.application.port.model.WebhookViews.CommentRef;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.application.port.model.WebhookViews.PostData;
import dev.inkwell.application.port.model.WebhookViews.PostRef;
import dev.inkwell.application.port.model.WebhookViews.WebhookData;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.application.port.out.WebhookPayloads;
import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.comment.CommentEvents.CommentRemoved;
import dev.inkwell.domain.event.DomainEvent;
import dev.inkwell.domain.post.PostEvents.PostDeleted;
import dev.inkwell.domain.post.PostEvents.PostEdited;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostEvents.PostUnpublished;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the webhook events of api.md into the outbox, <em>inside</em> the transaction of the
 * change (a plain observer: it runs when the use case hands its events over, before the commit).
 * A rolled-back change takes its event with it; a committed one is in the outbox for the
 * dispatcher, whatever happens to this process afterwards. Changes made by the scheduler go
 * through the same use-case path, so they are written here too.
 *
 * <p>The payload is built now, as anonymous readers see the post or comment at this moment, and
 * stored: every attempt sends the same bytes, and a later edit does not rewrite what a past event
 * said. When no webhook subscribes to an event, nothing is read or written beyond one small query.
 */
@ApplicationScoped
public class WebhookOutboxWriter {

    private final WebhookOutbox outbox;
    private final WebhookPayloads payloads;
    private final PostQueries posts;
    private final CommentQueries comments;

    @Inject
    public WebhookOutboxWriter(WebhookOutbox outbox, WebhookPayloads payloads, PostQueries posts,
                               CommentQueries comments) {
        this.outbox = outbox;
        this.payloads = payloads;
        this.posts = posts;
        this.comments = comments;
    }

    public void inTransaction(@Observes DomainEvent event) {
        Optional<WebhookEvent> type = typeOf(event);
        if (type.isEmpty() || !outbox.subscribed(type.get())) {
            return;
        }
        dataOf(event).ifPresent(data -> {
            OutboxEvent recorded = new OutboxEvent(UUID.randomUUID(), type.get(), event.occurredAt(), data);
            outbox.record(recorded, payloads.body(recorded));
        });
    }

    /** The webhook event a domain event is, if any: edits and deletes only of what readers saw. */
    static Optional<WebhookEvent> typeOf(DomainEvent event) {
        WebhookEvent type = null;
        if (event instanceof PostPublished) {
            type = WebhookEvent.POST_PUBLISHED;
        } else if (event instanceof PostUnpublished) {
            type = WebhookEvent.POST_UNPUBLISHED;
        } else if (event instanceof PostEdited edited && edited.published()) {
            type = WebhookEvent.POST_UPDATED;
        } else if (event instanceof PostDeleted deleted && deleted.published()) {
            type = WebhookEvent.POST_DELETED;
        } else if (event instanceof CommentAdded) {
            type = WebhookEvent.COMMENT_CREATED;
        } else if (event instanceof CommentRemoved) {
            type = WebhookEvent.COMMENT_DELETED;
        }
        return Optional.ofNullable(type);
    }

    private Optional<WebhookData> dataOf(DomainEvent event) {
        if (event instanceof PostPublished p) {
            return publicPost(p.postId());
        }
        if (event instanceof PostEdited p) {
            return publicPost(p.postId());
        }
        if (event instanceof PostUnpublished p) {
            return Optional.of(new PostRef(p.postId().value(), p.slug().value()));
        }
        if (event instanceof PostDeleted p) {
            return Optional.of(new PostRef(p.postId().value(), p.slug().value()));
        }
        if (event instanceof CommentAdded c) {
            return comments.byId(c.commentId()).map(view -> new CommentData(c.postId().value(), view.viewedAs(false)));
        }
        if (event instanceof CommentRemoved c) {
            return Optional.of(new CommentRef(c.commentId().value(), c.postId().value()));
        }
        return Optional.empty();
    }

    /** The post as anonymous readers see it now; empty if they do not (its author left meanwhile). */
    private Optional<WebhookData> publicPost(PostId id) {
        return posts.findById(id, 0)
                .filter(detail -> detail.summary().published())
                .map(detail -> new PostData(detail.summary().viewedAs(false, false)));
    }
}
