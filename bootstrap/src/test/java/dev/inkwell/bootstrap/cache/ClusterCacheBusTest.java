package dev.inkwell.bootstrap.cache;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The popular list's invalidation through PostgreSQL, seen from one instance: what it sends after a
 * commit, what it does with another instance's notice, and what it does after losing its
 * connection. {@code ScaleOutIT} checks the same across two running instances.
 */
@QuarkusTest
class ClusterCacheBusTest {

    @Inject
    ClusterCacheBus bus;

    Sql sql;
    String postId;
    String originalTitle;

    @BeforeEach
    void warmThePopularList() {
        sql = TestDatabase.sql();
        TestUser author = Api.register("Bus Author");
        Api.Post post = Api.publishedPost(author, "Bus " + UUID.randomUUID());
        Api.comment(Api.register("Bus Reader"), post, "makes the list non-empty and drops it");
        postId = json().get("/posts/popular").then().statusCode(200).extract().path("data[0].id");
        originalTitle = json().get("/posts/popular").then().extract().path("data[0].title");
        await(bus::listening, 5_000);
    }

    @AfterEach
    void restoreTheTitle() {
        sql.update("update posts set title = ? where id = ?", originalTitle, UUID.fromString(postId));
        notifyAs("popular-posts some-other-instance");
    }

    @Test
    void a_notice_from_another_instance_drops_the_popular_list_here_within_a_second() {
        String changed = "Changed behind the service " + UUID.randomUUID();
        sql.update("update posts set title = ? where id = ?", changed, UUID.fromString(postId));
        assertThat(firstTitle()).as("cached: the SQL went around the service").isEqualTo(originalTitle);
        long before = bus.received();

        long sent = System.nanoTime();
        notifyAs("popular-posts some-other-instance");
        await(() -> changed.equals(firstTitle()), 1_000);
        long millis = (System.nanoTime() - sent) / 1_000_000;

        assertThat(bus.received()).isGreaterThan(before);
        assertThat(millis).as("notice to a fresh list, ms").isLessThan(1_000);
    }

    @Test
    void its_own_notices_and_those_for_other_caches_change_nothing() throws Exception {
        String changed = "Changed behind the service " + UUID.randomUUID();
        sql.update("update posts set title = ? where id = ?", changed, UUID.fromString(postId));
        long before = bus.received();

        bus.handle("popular-posts " + bus.instanceId()); // it dropped its own entry after the commit
        notifyAs("no-such-cache some-other-instance");
        Thread.sleep(3 * ClusterCacheBus.POLL_MS);

        assertThat(bus.received()).isEqualTo(before + 1); // the unknown cache's notice, acted on as nothing
        assertThat(firstTitle()).isEqualTo(originalTitle);
        notifyAs("popular-posts"); // a notice without a sender is acted on
        await(() -> changed.equals(firstTitle()), 1_000);
    }

    @Test
    void a_change_committed_here_is_announced_to_the_other_instances() throws Exception {
        try (Connection listener = TestDatabase.dataSource().getConnection()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + ClusterCacheBus.CHANNEL);
            }
            Api.comment(Api.register("Announcer"), new Api.Post(postId, null), "a new comment");
            List<String> payloads = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 2_000;
            String expected = "popular-posts " + bus.instanceId();
            while (!payloads.contains(expected) && System.currentTimeMillis() < deadline) {
                PGNotification[] notices = listener.unwrap(PGConnection.class).getNotifications(200);
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        payloads.add(notice.getParameter());
                    }
                }
            }
            assertThat(payloads).containsOnlyOnce(expected);
        }
    }

    @Test
    void after_losing_its_connection_it_listens_again_and_drops_everything_it_may_have_missed() {
        String changed = "Changed while deaf " + UUID.randomUUID();
        long reconnects = bus.reconnects();
        sql.update("update posts set title = ? where id = ?", changed, UUID.fromString(postId));
        assertThat(firstTitle()).isEqualTo(originalTitle);

        long killed = sql.count("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                ClusterCacheBus.APPLICATION_NAME);

        assertThat(killed).isEqualTo(1);
        await(() -> bus.reconnects() > reconnects && bus.listening(), 5_000);
        assertThat(firstTitle()).isEqualTo(changed);
        assertThat(sql.count("select count(*) from pg_stat_activity where application_name = ?",
                ClusterCacheBus.APPLICATION_NAME)).isEqualTo(1);
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metric(metrics, "inkwell_cache_bus_reconnects_total")).isEqualTo(bus.reconnects()).isPositive();
        assertThat(metric(metrics, "inkwell_cache_bus_listening")).isEqualTo(1);
        assertThat(metric(metrics, "inkwell_cache_notices_total")).isEqualTo(bus.received());
    }

    static long metric(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /q/metrics"));
    }

    private String firstTitle() {
        List<String> ids = json().get("/posts/popular").then().statusCode(200).extract().path("data.id");
        List<String> titles = json().get("/posts/popular").then().extract().path("data.title");
        return titles.get(ids.indexOf(postId));
    }

    private void notifyAs(String payload) {
        sql.string("select pg_notify(?, ?)::text", ClusterCacheBus.CHANNEL, payload);
    }

    private static void await(BooleanSupplier condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited %d ms", millis).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
