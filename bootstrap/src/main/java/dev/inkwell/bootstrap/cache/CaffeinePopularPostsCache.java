package dev.inkwell.bootstrap.cache;

import dev.inkwell.adapters.persistence.routing.ReadRouting;
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
    private final ReadRouting routing;

    @Inject
    public CaffeinePopularPostsCache(@CacheName(NAME) Cache cache, ClusterCacheBus bus, ReadRouting routing) {
        this.cache = cache;
        this.bus = bus;
        this.routing = routing;
    }

    @Override
    public List<PostSummary> get(Supplier<List<PostSummary>> load) {
        // loaded from the primary even for an anonymous reader: a replica a little behind would
        // otherwise put the list from before an invalidating change back for 5 minutes
        return cache.get(KEY, key -> routing.onPrimary(load)).await().indefinitely();
    }

    @Override
    public void invalidate() {
        cache.invalidateAll().await().indefinitely();
        bus.announce(NAME);
    }
}
