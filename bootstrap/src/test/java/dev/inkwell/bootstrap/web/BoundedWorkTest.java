package dev.inkwell.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.adapters.rest.shared.BoundedWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bound on sitemap builds: two at once, the third waits, and gives up after its wait. */
class BoundedWorkTest {

    @Test
    void a_third_caller_waits_for_a_permit_and_is_told_when_none_came_free() throws Exception {
        BoundedWork work = new BoundedWork(2, Duration.ofMillis(300));
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> work.run(() -> hold(started, release)));
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() -> work.run(() -> hold(started, release)));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        Instant before = Instant.now();
        assertThat(work.run(() -> "third")).isEmpty(); // both permits are held
        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(250));

        CompletableFuture<Optional<String>> waiting = CompletableFuture.supplyAsync(() -> work.run(() -> "waited"));
        Thread.sleep(50);
        release.countDown();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).contains("waited");
        assertThat(first.get(5, TimeUnit.SECONDS)).contains("held");
        assertThat(second.get(5, TimeUnit.SECONDS)).contains("held");
    }

    @Test
    void a_failing_job_gives_its_permit_back() {
        BoundedWork work = new BoundedWork(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> work.run(() -> {
            throw new IllegalStateException("failed");
        })).hasMessage("failed");
        assertThat(work.run(() -> "next")).contains("next");
    }

    private static String hold(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "held";
    }
}
