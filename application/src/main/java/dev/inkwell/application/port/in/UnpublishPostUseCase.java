package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface UnpublishPostUseCase {

    PostDetail unpublish(Actor actor, PostId id);
}
