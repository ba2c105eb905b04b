package dev.inkwell.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.packaged.ScaleOutIT.Instance;
import dev.inkwell.bootstrap.support.StreamingReplica;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged artifact with {@code inkwell.read-replica.jdbc-url} pointing at a real streaming
 * replica ({@code pg_basebackup -R} of the primary it writes to). Both servers log every statement
 * with its parameters; each request below carries a word of its own, so the logs show which server
 * ran it: anonymous reads on the replica, reads with a token and writes on the primary, the cached
 * popular list loaded from the primary, and a replica that is down costs anonymous readers nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIT {

    static final String ADMIN_EMAIL = "replica-admin@replica.test";
    static final String ADMIN_PASSWORD = "replica-admin-password";
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static StreamingReplica servers;
    static Instance instance;
    static String token;

    @BeforeAll
    static void startPrimaryReplicaAndInkwell() throws Exception {
        Assumptions.assumeTrue(StreamingReplica.available(), "needs PostgreSQL's pg_basebackup and initdb in "
                + StreamingReplica.bin() + " (set -Dinkwell.test.pg-bin to their directory)");
        servers = StreamingReplica.start(Path.of("target", "read-replica").toAbsolutePath());
        assertThat(servers.replicaInRecovery()).as("the replica is a hot standby").isTrue();
        instance = ScaleOutIT.launch("read-replica-inkwell", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", servers.primary().jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", StreamingReplica.USER,
                "INKWELL_READ_REPLICA_JDBC_URL", servers.replica().jdbcUrl(),
                "INKWELL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL,
                "INKWELL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "INKWELL_LIMITS_LOGIN_PER_MINUTE", "0"));
        ScaleOutIT.awaitReady(instance, Duration.ofSeconds(120));
        HttpResponse<String> login = send("POST", "/auth/login", null,
                "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        token = ScaleOutIT.JSON.readTree(login.body()).path("accessToken").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.stop();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void anonymous_reads_go_to_the_replica_and_everything_with_a_token_to_the_primary() throws Exception {
        String title = "Replicated " + UUID.randomUUID();
        HttpResponse<String> created = send("POST", "/posts", token, "{\"title\":\"" + title + "\",\"content\":"
                + "\"Words anonymouslyread tokenread everywhere.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ScaleOutIT.JSON.readTree(created.body()).path("id").asText();
        String slug = ScaleOutIT.JSON.readTree(created.body()).path("slug").asText();
        assertThat(send("POST", "/posts/" + id + "/publish", token, null).statusCode()).isEqualTo(200);
        awaitOnReplica(id);

        long primaryAt = servers.primary().logLength();
        long replicaAt = servers.replica().logLength();
        String anonymousWord = "anon" + UUID.randomUUID().toString().replace("-", "");
        String tokenWord = "token" + UUID.randomUUID().toString().replace("-", "");
        assertThat(send("GET", "/posts?q=" + anonymousWord, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/posts?q=" + tokenWord, token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymousPost = send("GET", "/posts/" + slug, null, null);
        assertThat(anonymousPost.statusCode()).isEqualTo(200);
        assertThat(anonymousPost.body()).contains(title);
        String comment = "comment-" + UUID.randomUUID();
        assertThat(send("POST", "/posts/" + id + "/comments", token, "{\"content\":\"" + comment + "\"}").statusCode())
                .isEqualTo(201);
        Thread.sleep(300); // the servers write their logs asynchronously to us

        String onPrimary = servers.primary().logSince(primaryAt);
        String onReplica = servers.replica().logSince(replicaAt);
        print("replica", onReplica, anonymousWord);
        print("primary", onPrimary, tokenWord);
        assertThat(onReplica).as("the anonymous search ran on the replica").contains(anonymousWord)
                .as("the anonymous post page ran on the replica").contains(slug);
        assertThat(onPrimary).as("the anonymous search did not run on the primary").doesNotContain(anonymousWord);
        assertThat(onPrimary).as("the search with a token ran on the primary").contains(tokenWord);
        assertThat(onReplica).as("nothing with a token ran on the replica").doesNotContain(tokenWord)
                .as("no write ran on the replica").doesNotContain(comment);
        assertThat(onPrimary).as("the comment was written on the primary").contains(comment);
        String metrics = send("GET", "/q/metrics", null, null).body();
        assertThat(metric(metrics, "inkwell_replica_reads_total{outcome=\"replica\"")).isPositive();
        assertThat(metric(metrics, "inkwell_replica_reads_total{outcome=\"fallback\"")).isZero();
    }

    private static double metric(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in /q/metrics"));
    }

    @Test
    @Order(2)
    void the_cached_popular_list_is_loaded_from_the_primary_even_for_an_anonymous_reader() throws Exception {
        long primaryAt = servers.primary().logLength();
        long replicaAt = servers.replica().logLength();
        HttpResponse<String> popular = send("GET", "/posts/popular", null, null); // dropped by the comment above
        assertThat(popular.statusCode()).isEqualTo(200);
        Thread.sleep(300);
        assertThat(servers.primary().logSince(primaryAt)).contains("order by p.comment_count desc");
        assertThat(servers.replica().logSince(replicaAt)).doesNotContain("order by p.comment_count desc");
    }

    @Test
    @Order(3)
    void with_the_replica_down_anonymous_reads_are_answered_by_the_primary() throws Exception {
        servers.stopReplica();
        long primaryAt = servers.primary().logLength();
        String word = "down" + UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> answer = send("GET", "/posts?q=" + word, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Thread.sleep(300);
        assertThat(servers.primary().logSince(primaryAt)).contains(word);
        assertThat(java.nio.file.Files.readString(instance.log()))
                .contains("the read replica gave no connection");
        assertThat(metric(send("GET", "/q/metrics", null, null).body(), "inkwell_replica_reads_total{outcome=\"fallback\""))
                .isPositive();
    }

    private static void awaitOnReplica(String postId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection c = DriverManager.getConnection(servers.replica().jdbcUrl(), StreamingReplica.USER, "");
             PreparedStatement s = c.prepareStatement("select count(*) from posts where id = ?::uuid and published")) {
            s.setString(1, postId);
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 1) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("the post reached the replica").isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    private static void print(String server, String log, String word) {
        log.lines().filter(line -> line.contains(word)).limit(2)
                .forEach(line -> System.out.println("replica routing, " + server + " log: " + line));
    }

    private static HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
