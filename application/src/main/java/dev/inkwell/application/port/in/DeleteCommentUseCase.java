package dev.inkwell.application.port.in;

import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.user.Actor;

public interface DeleteCommentUseCase {

    void delete(Actor actor, CommentId id);
}
