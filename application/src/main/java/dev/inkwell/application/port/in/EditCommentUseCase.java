package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.user.Actor;

public interface EditCommentUseCase {

    CommentView edit(Actor actor, CommentId id, CommentContent content);
}
