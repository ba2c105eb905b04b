package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface PublishPostUseCase {

    /** Idempotent: publishing a published post changes nothing. */
    PostDetail publish(Actor actor, PostId id);
}
