package dev.inkwell.application.port.in;

import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface AddCommentUseCase {

    Comment add(Actor actor, PostId post, CommentContent content);
}
