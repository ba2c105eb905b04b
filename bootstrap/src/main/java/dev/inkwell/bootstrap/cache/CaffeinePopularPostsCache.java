package dev.inkwell.bootstrap.cache;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * The popular list in quarkus-cache (Caffeine; entries expire 5 minutes after they were
 * written, see application.properties). Invalidated by {@code PopularListInvalidation}, an
 * after-commit listener of the domain events: here at once, on every other instance through
 * {@link ClusterCacheBus} (PostgreSQL's {@code NOTIFY}).
 */
@ApplicationScoped
public class CaffeinePopularPostsCache implements PopularPostsCache {

    static final String NAME = "popular-posts";
    private static final String KEY = "top";

    private final Cache cache;
    private final ClusterCacheBus bus;

    @Inject
    public CaffeinePopularPostsCache(@CacheName(NAME) Cache cache, ClusterCacheBus bus) {
        this.cache = cache;
        this.bus = bus;
    }

    @Override
    public List<PostSummary> get(Supplier<List<PostSummary>> load) {
        return cache.get(KEY, key -> load.get()).await().indefinitely();
    }

    @Override
    public void invalidate() {
        cache.invalidateAll().await().indefinitely();
        bus.announce(NAME);
    }
}
