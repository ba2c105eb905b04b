package dev.inkwell.application.port.in;

import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface DeleteCommentUseCase {

    void delete(Actor actor, CommentId id);

    /** The same, for a comment named under its post: a comment of another post is not found there. */
    void delete(Actor actor, PostId post, CommentId id);
}
