package dev.inkwell.application.port.out;

import dev.inkwell.application.post.PostViews.PostSummary;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the popular-posts list between requests. An entry lives at most a few minutes;
 * {@link #invalidate()} drops it once the caller's transaction has committed, so a reader
 * can not cache the state from before the change.
 */
public interface PopularPostsCache {

    List<PostSummary> get(Supplier<List<PostSummary>> load);

    void invalidate();
}
