package dev.inkwell.application.port.in;

import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.user.Actor;

public interface EditCommentUseCase {

    Comment edit(Actor actor, CommentId id, CommentContent content);
}
