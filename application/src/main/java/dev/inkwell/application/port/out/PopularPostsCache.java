package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the popular-posts list between requests; an entry lives at most a few minutes. Callers
 * invalidate only after the change that affects the list has committed (an after-commit event
 * listener), so a reader can not cache the state from before the change.
 */
public interface PopularPostsCache {

    List<PostSummary> get(Supplier<List<PostSummary>> load);

    void invalidate();
}
