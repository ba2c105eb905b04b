package dev.inkwell.application.port.in;

import dev.inkwell.application.post.FeedCursor;
import dev.inkwell.application.post.FeedPage;

public interface PostFeedUseCase {

    /** @param after null for the newest posts */
    FeedPage feed(FeedCursor after, int limit);
}
