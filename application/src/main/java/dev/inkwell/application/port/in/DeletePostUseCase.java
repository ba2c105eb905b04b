package dev.inkwell.application.port.in;

import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

public interface DeletePostUseCase {

    void delete(Actor actor, PostId id);
}
