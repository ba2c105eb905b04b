package dev.inkwell.domain.comment;

import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.comment.CommentEvents.CommentEdited;
import dev.inkwell.domain.comment.CommentEvents.CommentRemoved;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.event.AggregateRoot;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a post. Only its author edits it; its author, the post's author, MODERATORs
 * and ADMINs delete it. Whether the post takes comments is the post's rule.
 */
public final class Comment extends AggregateRoot {

    private final CommentId id;
    private final PostId postId;
    private final UserId authorId;
    private CommentContent content;
    private final Instant createdAt;
    private Instant updatedAt;

    private Comment(CommentId id, PostId postId, UserId authorId, CommentContent content,
                    Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.postId = Objects.requireNonNull(postId, "postId");
        this.authorId = Objects.requireNonNull(authorId, "authorId");
        this.content = Objects.requireNonNull(content, "content");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Comment write(PostId postId, Actor author, CommentContent content, Instant now) {
        Comment comment = new Comment(CommentId.newId(), postId, author.id(), content, now, now);
        comment.record(new CommentAdded(comment.id, postId, now));
        return comment;
    }

    public static Comment restore(CommentId id, PostId postId, UserId authorId, CommentContent content,
                                  Instant createdAt, Instant updatedAt) {
        return new Comment(id, postId, authorId, content, createdAt, updatedAt);
    }

    public void edit(Actor actor, CommentContent newContent, Instant now) {
        if (!actor.is(authorId)) {
            throw new Forbidden("only its author can edit this comment");
        }
        content = Objects.requireNonNull(newContent, "newContent");
        updatedAt = now;
        record(new CommentEdited(id, postId, now));
    }

    /** Its writer, the post's author, a MODERATOR or an ADMIN removes it; the repository then deletes it. */
    public void remove(Actor actor, UserId postAuthor, Instant now) {
        if (!actor.is(authorId) && !actor.is(postAuthor) && !actor.isAdmin() && !actor.isModerator()) {
            throw new Forbidden("only the comment's author, the post's author, a MODERATOR or an ADMIN can"
                    + " delete this comment");
        }
        record(new CommentRemoved(id, postId, now));
    }

    public CommentId id() {
        return id;
    }

    public PostId postId() {
        return postId;
    }

    public UserId authorId() {
        return authorId;
    }

    public CommentContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
