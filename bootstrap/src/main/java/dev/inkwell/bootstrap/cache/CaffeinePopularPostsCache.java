package dev.inkwell.bootstrap.cache;

import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.post.PostViews.PostSummary;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The popular list in quarkus-cache (Caffeine; entries expire 5 minutes after they were
 * written, see application.properties). A change invalidates the entry after its transaction
 * commits: invalidating before the commit would let a concurrent reader cache the old state.
 */
@ApplicationScoped
public class CaffeinePopularPostsCache implements PopularPostsCache {

    static final String NAME = "popular-posts";
    private static final String KEY = "top";

    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public CaffeinePopularPostsCache(@CacheName(NAME) Cache cache, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.transactions = transactions;
    }

    @Override
    public List<PostSummary> get(Supplier<List<PostSummary>> load) {
        return cache.get(KEY, key -> load.get()).await().indefinitely();
    }

    @Override
    public void invalidate() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            invalidateNow();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    invalidateNow();
                }
            }
        });
    }

    private void invalidateNow() {
        cache.invalidateAll().await().indefinitely();
    }
}
