package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.user.Actor;

public interface CreatePostUseCase {

    /** A new draft of {@code actor}'s under a free slug; unknown category ids write nothing. */
    PostDetail create(Actor actor, CreatePostCommand command);

    /**
     * A new post of {@code actor}'s, published at once (RealWorld's articles): created and published
     * in one transaction, audited as both; nothing is written when either step is refused.
     */
    PostDetail createPublished(Actor actor, CreatePostCommand command);
}
