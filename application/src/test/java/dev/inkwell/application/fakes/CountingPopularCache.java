package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import java.util.List;
import java.util.function.Supplier;

/** A one-entry cache that counts invalidations. */
public class CountingPopularCache implements PopularPostsCache {

    private List<PostSummary> entry;
    public int invalidations;

    @Override
    public List<PostSummary> get(Supplier<List<PostSummary>> load) {
        if (entry == null) {
            entry = load.get();
        }
        return entry;
    }

    @Override
    public void invalidate() {
        invalidations++;
        entry = null;
    }
}
