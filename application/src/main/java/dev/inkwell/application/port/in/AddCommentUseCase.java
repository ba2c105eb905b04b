package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface AddCommentUseCase {

    /** Published posts only: a draft is 404 for everyone but its author, who is told to publish it first. */
    CommentView add(Actor actor, PostId post, CommentContent content);
}
