package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface PostFeedUseCase {

    /** @param after null for the newest posts */
    FeedPage feed(FeedCursor after, int limit, Optional<Actor> viewer);
}
