package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.user.Actor;

/** Published posts of the users the actor follows, newest first. */
public interface FollowingFeedUseCase {

    /** Keyset slices, as {@code /posts/feed}. */
    FeedPage following(Actor actor, FeedCursor after, int limit);

    /** By offset with a total, as the RealWorld feed takes it. */
    Page<PostSummary> followingPage(Actor actor, PageRequest page);
}
