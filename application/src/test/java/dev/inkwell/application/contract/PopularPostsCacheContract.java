package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link PopularPostsCache} promises; run against the fake and against quarkus-cache. */
public abstract class PopularPostsCacheContract extends PortContract {

    @Test
    void the_list_is_loaded_once_and_again_only_after_an_invalidation() {
        popularPosts().invalidate();
        List<String> loads = new ArrayList<>();
        List<PostSummary> first = popularPosts().get(() -> {
            loads.add("first");
            return List.of();
        });
        List<PostSummary> cached = popularPosts().get(() -> {
            loads.add("second");
            return List.of();
        });
        assertThat(loads).containsExactly("first");
        assertThat(cached).isSameAs(first);
        popularPosts().invalidate();
        popularPosts().get(() -> {
            loads.add("third");
            return List.of();
        });
        assertThat(loads).containsExactly("first", "third");
    }

    /** A refill is computed once: the requests that come while it runs wait for it (single flight). */
    @Test
    void concurrent_readers_of_an_empty_cache_share_one_load() throws Exception {
        popularPosts().invalidate();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<PostSummary> loaded = List.of();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<PostSummary>>> readers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> popularPosts().get(() -> {
                    loads.incrementAndGet();
                    loading.countDown();
                    await(release);
                    return loaded;
                })));
            }
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the other seven are asking now
            release.countDown();
            for (Future<List<PostSummary>> reader : readers) {
                assertThat(reader.get(5, TimeUnit.SECONDS)).isSameAs(loaded);
            }
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** An invalidation that comes while a refill runs is not undone by the refill's (older) result. */
    @Test
    void a_load_overtaken_by_an_invalidation_is_not_kept() throws Exception {
        popularPosts().invalidate();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<PostSummary>> stale = pool.submit(() -> popularPosts().get(() -> {
                loading.countDown();
                await(release);
                return List.of();
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?> invalidation = pool.submit(() -> popularPosts().invalidate());
            Thread.sleep(200);
            release.countDown();
            stale.get(5, TimeUnit.SECONDS);
            invalidation.get(5, TimeUnit.SECONDS);
            AtomicInteger loads = new AtomicInteger();
            popularPosts().get(() -> {
                loads.incrementAndGet();
                return List.of();
            });
            assertThat(loads).as("loaded again after the invalidation").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
