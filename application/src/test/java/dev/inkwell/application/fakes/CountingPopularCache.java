package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import java.util.List;
import java.util.function.Supplier;

/** A one-entry cache that counts invalidations; one load at a time (the monitor), like the real one. */
public class CountingPopularCache implements PopularPostsCache {

    private List<PostSummary> entry;
    public volatile int invalidations;

    @Override
    public synchronized List<PostSummary> get(Supplier<List<PostSummary>> load) {
        if (entry == null) {
            entry = load.get();
        }
        return entry;
    }

    @Override
    public synchronized void invalidate() {
        invalidations++;
        entry = null;
    }
}
