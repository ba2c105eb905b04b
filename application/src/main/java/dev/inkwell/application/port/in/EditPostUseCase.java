package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.user.Actor;

public interface EditPostUseCase {

    PostDetail edit(Actor actor, EditPostCommand command);
}
