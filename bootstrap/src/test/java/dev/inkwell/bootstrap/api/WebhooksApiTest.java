package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import dev.inkwell.bootstrap.support.WebhookReceiver;
import dev.inkwell.bootstrap.support.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's "Webhooks" over HTTP, with real receivers on 127.0.0.1. */
@QuarkusTest
public class WebhooksApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    Sql sql;
    TestUser author;
    final List<WebhookReceiver> receivers = new ArrayList<>();
    final List<String> hooks = new ArrayList<>();

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Hooked");
    }

    @AfterEach
    void tearDown() {
        hooks.forEach(id -> Api.asToken(Api.adminToken()).delete("/admin/webhooks/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private Response register(Object body) {
        return Api.asToken(Api.adminToken()).body(body).post("/admin/webhooks");
    }

    /** Registers a webhook for {@code events}; returns its id and secret. */
    String[] subscribe(WebhookReceiver receiver, String... events) {
        Response response = register(Map.of("url", receiver.url("/hook"), "events", List.of(events)));
        response.then().statusCode(201);
        String id = response.path("id");
        hooks.add(id);
        return new String[] {id, response.path("secret")};
    }

    private static JsonNode json(Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + received.body(), e);
        }
    }

    public static boolean about(Received received, String event, String id) {
        JsonNode body = json(received);
        return body.path("event").asText().equals(event) && (body.path("data").path("id").asText().equals(id)
                || body.path("data").path("postId").asText().equals(id));
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    // --- the admin endpoints --------------------------------------------------------------------

    @Test
    void an_admin_registers_lists_and_deletes_webhooks_and_the_secret_is_shown_once() {
        WebhookReceiver receiver = receiver();
        Response created = register(Map.of("url", receiver.url("/a"), "events",
                List.of("comment.created", "post.published", "post.published")));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/admin/webhooks/[0-9a-f-]{36}$"))
                .body("url", equalTo(receiver.url("/a")))
                .body("events", equalTo(List.of("post.published", "comment.created")))
                .body("secret", matchesPattern("[0-9a-f]{64}"))
                .body("createdAt", matchesPattern(".*Z$"));
        String id = created.path("id");
        hooks.add(id);
        Response given = register(Map.of("url", receiver.url("/b"), "events", List.of("post.deleted"),
                "secret", "my-own-secret-1234"));
        given.then().statusCode(201).body("secret", equalTo("my-own-secret-1234"));
        hooks.add(given.path("id"));

        Api.asToken(Api.adminToken()).get("/admin/webhooks").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.url", equalTo(receiver.url("/a")))
                .body("data.find { it.id == '" + id + "' }", not(hasKey("secret")))
                .body("data.find { it.id == '" + given.path("id") + "' }.events", equalTo(List.of("post.deleted")));
        assertThat(Api.asToken(Api.adminToken()).get("/admin/webhooks").asString()).doesNotContain("my-own-secret");

        Api.asToken(Api.adminToken()).delete("/admin/webhooks/" + id).then().statusCode(204);
        assertProblem(Api.asToken(Api.adminToken()).delete("/admin/webhooks/" + id), 404, "not-found");
        assertProblem(Api.asToken(Api.adminToken()).get("/admin/webhooks/" + id + "/deliveries"), 404, "not-found");
        assertThat(sql.count("select count(*) from webhooks where id = ?::uuid", id)).isZero();
    }

    @Test
    void only_admins_manage_webhooks() {
        Map<String, Object> body = Map.of("url", "https://example.com/h", "events", List.of("post.published"));
        assertProblem(author.as().body(body).post("/admin/webhooks"), 403, "forbidden");
        assertProblem(author.as().get("/admin/webhooks"), 403, "forbidden");
        assertProblem(author.as().delete("/admin/webhooks/" + UUID.randomUUID()), 403, "forbidden");
        assertProblem(author.as().get("/admin/webhooks/" + UUID.randomUUID() + "/deliveries"), 403, "forbidden");
        assertProblem(Api.json().body(body).post("/admin/webhooks"), 401, "unauthenticated");
        assertProblem(Api.json().get("/admin/webhooks"), 401, "unauthenticated");
    }

    @Test
    void bad_registrations_are_400s_that_name_every_field_and_store_nothing() {
        long before = sql.count("select count(*) from webhooks");
        Response response = register(Map.of("url", "ftp://example.com/x", "events", List.of("post.exploded"),
                "secret", "short"));
        assertProblem(response, 400, "validation");
        response.then().body("errors.field", equalTo(List.of("url", "events", "secret")));
        assertProblem(register(Map.of("url", "https://example.com/x", "events", List.of())), 400, "validation");
        assertProblem(register(Map.of("events", List.of("post.published"))), 400, "validation");
        assertProblem(register(Map.of("url", "https://user:pw@example.com/x", "events", List.of("post.published"))),
                400, "validation");
        assertProblem(register(Map.of("url", "https://no-such-host.invalid/x", "events", List.of("post.published"))),
                400, "validation");
        assertProblem(Api.asToken(Api.adminToken()).body("[]").post("/admin/webhooks"), 400, "malformed-json");
        assertProblem(Api.asToken(Api.adminToken()).get("/admin/webhooks/not-a-uuid/deliveries"), 400, "validation");
        assertThat(sql.count("select count(*) from webhooks")).isEqualTo(before);
    }

    // --- deliveries -----------------------------------------------------------------------------

    @Test
    void a_publish_is_posted_with_the_contract_headers_a_valid_signature_and_the_public_summary() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] hook = subscribe(receiver, "post.published");
        Post post = Api.createPost(author, "Hooked post " + Api.unique(""));
        Instant published = Instant.now();
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);

        List<Received> got = receiver.await(r -> about(r, "post.published", post.id()), 1, WAIT);
        assertThat(got).hasSize(1);
        Received request = got.get(0);
        System.out.printf("publish -> delivery: %d ms%n", Duration.between(published, request.at()).toMillis());
        JsonNode body = json(request);
        assertThat(request.path()).isEqualTo("/hook");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Inkwell-Event")).isEqualTo("post.published");
        assertThat(request.header("Inkwell-Delivery")).isEqualTo(body.path("id").asText());
        assertThat(body.path("occurredAt").asText()).endsWith("Z");
        String signature = request.header("Inkwell-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(Math.abs(Long.parseLong(t) - Instant.now().getEpochSecond())).isLessThan(30);
        assertThat(signature).endsWith("v1=" + hmac(hook[1], t + "." + request.body()));
        assertThat(signature).doesNotEndWith("v1=" + hmac(hook[1] + "x", t + "." + request.body()));

        // data is the PostSummary anonymous readers get from the list
        String listed = Api.json().queryParam("author", author.username()).get("/posts").then().statusCode(200)
                .extract().asString();
        JsonNode summary = JSON.readTree(listed).path("data").get(0);
        assertThat(body.path("data")).isEqualTo(summary);
        assertThat(body.path("data").path("favorited").asBoolean()).isFalse();

        Api.asToken(Api.adminToken()).get("/admin/webhooks/" + hook[0] + "/deliveries").then().statusCode(200)
                .body("data[0].event", equalTo("post.published"))
                .body("data[0].eventId", equalTo(body.path("id").asText()))
                .body("data[0].attempt", equalTo(1))
                .body("data[0].status", equalTo("succeeded"))
                .body("data[0].responseCode", equalTo(200))
                .body("meta.total", equalTo(1));
    }

    @Test
    void every_event_of_the_contract_is_delivered_with_its_data() {
        WebhookReceiver receiver = receiver();
        subscribe(receiver, "post.published", "post.updated", "post.unpublished", "post.deleted", "comment.created",
                "comment.deleted");
        Post post = Api.publishedPost(author, "All events " + Api.unique(""));
        author.as().body(Map.of("title", "All events, edited")).patch("/posts/" + post.id()).then().statusCode(200);
        String comment = Api.comment(author, post, "A comment for the hook");
        author.as().delete("/comments/" + comment).then().statusCode(204);
        author.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(200);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        author.as().delete("/posts/" + post.id()).then().statusCode(204);

        List<Received> got = receiver.await(r -> json(r).path("data").path("id").asText().equals(post.id())
                || json(r).path("data").path("postId").asText().equals(post.id()), 7, WAIT);
        List<String> events = got.stream().map(r -> json(r).path("event").asText()).toList();
        assertThat(events).containsExactlyInAnyOrder("post.published", "post.updated", "comment.created",
                "comment.deleted", "post.unpublished", "post.published", "post.deleted");
        JsonNode updated = got.stream().map(WebhooksApiTest::json).filter(b -> b.path("event").asText()
                .equals("post.updated")).findFirst().orElseThrow();
        assertThat(updated.path("data").path("title").asText()).isEqualTo("All events, edited");
        JsonNode created = got.stream().map(WebhooksApiTest::json).filter(b -> b.path("event").asText()
                .equals("comment.created")).findFirst().orElseThrow();
        assertThat(created.path("data").path("id").asText()).isEqualTo(comment);
        assertThat(created.path("data").path("postId").asText()).isEqualTo(post.id());
        assertThat(created.path("data").path("content").asText()).isEqualTo("A comment for the hook");
        assertThat(created.path("data").path("author").path("username").asText()).isEqualTo(author.username());
        JsonNode gone = got.stream().map(WebhooksApiTest::json).filter(b -> b.path("event").asText()
                .equals("comment.deleted")).findFirst().orElseThrow();
        assertThat(JSON.convertValue(gone.path("data"), Map.class)).isEqualTo(Map.of("id", comment, "postId", post.id()));
        for (String event : List.of("post.unpublished", "post.deleted")) {
            JsonNode data = got.stream().map(WebhooksApiTest::json).filter(b -> b.path("event").asText().equals(event))
                    .findFirst().orElseThrow().path("data");
            assertThat(JSON.convertValue(data, Map.class)).isEqualTo(Map.of("id", post.id(), "slug", post.slug()));
        }
        // every event has its own delivery id
        assertThat(got.stream().map(r -> r.header("Inkwell-Delivery")).distinct()).hasSize(7);
    }

    @Test
    void drafts_and_their_edits_tell_no_one_and_only_subscribed_events_are_sent() {
        WebhookReceiver receiver = receiver();
        subscribe(receiver, "comment.created");
        Post draft = Api.createPost(author, "Quiet draft " + Api.unique(""));
        author.as().body(Map.of("title", "Quiet draft, edited")).patch("/posts/" + draft.id()).then().statusCode(200);
        author.as().delete("/posts/" + draft.id()).then().statusCode(204);
        Post post = Api.publishedPost(author, "Only comments " + Api.unique(""));
        String comment = Api.comment(author, post, "heard");
        assertThat(receiver.await(r -> about(r, "comment.created", comment), 1, WAIT)).hasSize(1);
        assertThat(receiver.received()).allSatisfy(r -> assertThat(json(r).path("event").asText())
                .isEqualTo("comment.created"));
        assertThat(sql.count("select count(*) from webhook_events where body like ?", "%" + draft.id() + "%")).isZero();
    }

    @Test
    void a_failed_attempt_is_retried_with_the_same_delivery_id_and_the_attempts_are_listed() {
        Map<String, Double> before = PlatformEndpointsTest.businessMetrics();
        WebhookReceiver receiver = receiver().answer(500, 503);
        String[] hook = subscribe(receiver, "post.published");
        Post post = Api.publishedPost(author, "Retried " + Api.unique(""));

        List<Received> got = receiver.await(r -> about(r, "post.published", post.id()), 3, WAIT);
        assertThat(got).hasSize(3);
        assertThat(got.stream().map(r -> r.header("Inkwell-Delivery")).distinct()).hasSize(1);
        assertThat(got.stream().map(Received::body).distinct()).hasSize(1);
        // backoff: 1 s after the first failure, 2 s after the second
        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(Duration.between(got.get(1).at(), got.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));

        Api.asToken(Api.adminToken()).get("/admin/webhooks/" + hook[0] + "/deliveries").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.attempt", equalTo(List.of(3, 2, 1)))
                .body("data.status", equalTo(List.of("succeeded", "retrying", "retrying")))
                .body("data.responseCode", equalTo(List.of(200, 503, 500)))
                .body("data.error", equalTo(java.util.Arrays.asList(null, "HTTP 503", "HTTP 500")));
        assertThat(sql.string("select status from webhook_deliveries where webhook_id = ?::uuid", hook[0]))
                .isEqualTo("succeeded");

        // counted by outcome in /q/metrics (other tests' deliveries may add to them meanwhile: at least)
        Map<String, Double> after = PlatformEndpointsTest.businessMetrics();
        String succeeded = "inkwell_webhook_deliveries_total{outcome=\"succeeded\"}";
        String retrying = "inkwell_webhook_deliveries_total{outcome=\"retrying\"}";
        assertThat(after.get(succeeded) - before.getOrDefault(succeeded, 0.0)).isGreaterThanOrEqualTo(1.0);
        assertThat(after.get(retrying) - before.getOrDefault(retrying, 0.0)).isGreaterThanOrEqualTo(2.0);
        assertThat(after).containsKeys("inkwell_webhook_deliveries_total{outcome=\"failed\"}",
                "inkwell_webhook_outbox_backlog");
    }

    @Test
    void a_refused_connection_is_a_retrying_attempt_with_its_error() {
        WebhookReceiver gone = receiver();
        String url = gone.url("/closed");
        gone.close();
        Response response = register(Map.of("url", url, "events", List.of("post.published")));
        response.then().statusCode(201);
        String id = response.path("id");
        hooks.add(id);
        Api.publishedPost(author, "Nobody listens " + Api.unique(""));
        Instant end = Instant.now().plus(WAIT);
        while (sql.count("select count(*) from webhook_attempts where webhook_id = ?::uuid", id) == 0
                && Instant.now().isBefore(end)) {
            Thread.onSpinWait();
        }
        Api.asToken(Api.adminToken()).get("/admin/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("data[0].status", equalTo("retrying"))
                .body("data[0].responseCode", equalTo(null))
                .body("data[0].error", matchesPattern("(?i).*refused.*"));
    }

    @Test
    void an_endpoint_that_does_not_answer_within_10_seconds_is_a_failed_attempt() {
        WebhookReceiver silent = receiver().delay(Duration.ofSeconds(13));
        String[] hook = subscribe(silent, "post.published");
        Post post = Api.publishedPost(author, "Unanswered " + Api.unique(""));
        List<Received> got = silent.await(r -> about(r, "post.published", post.id()), 1, WAIT);
        assertThat(got).hasSize(1);
        Instant end = Instant.now().plusSeconds(15);
        while (sql.count("select count(*) from webhook_attempts where webhook_id = ?::uuid", hook[0]) == 0
                && Instant.now().isBefore(end)) {
            Thread.onSpinWait();
        }
        Response attempts = Api.asToken(Api.adminToken()).get("/admin/webhooks/" + hook[0] + "/deliveries");
        attempts.then().statusCode(200)
                .body("data[0].attempt", equalTo(1))
                .body("data[0].status", equalTo("retrying"))
                .body("data[0].responseCode", equalTo(null))
                .body("data[0].error", matchesPattern("(?i).*(timeout|10 s|timed out).*"));
        Duration waited = Duration.between(got.get(0).at(), Instant.parse(attempts.path("data[0].at")));
        assertThat(waited).isBetween(Duration.ofMillis(9_500), Duration.ofMillis(12_500));
    }

    @Test
    void a_slow_endpoint_delays_neither_other_endpoints_nor_requests() {
        WebhookReceiver slow = receiver().delay(Duration.ofSeconds(8));
        WebhookReceiver fast = receiver();
        subscribe(slow, "post.published");
        subscribe(fast, "post.published");
        Post first = Api.publishedPost(author, "Slow one " + Api.unique(""));
        assertThat(slow.await(r -> about(r, "post.published", first.id()), 1, WAIT)).hasSize(1);
        // the slow endpoint is holding its request now
        Instant start = Instant.now();
        Post second = Api.publishedPost(author, "Fast one " + Api.unique(""));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
        List<Received> fastGot = fast.await(r -> about(r, "post.published", second.id()), 1, WAIT);
        assertThat(fastGot).hasSize(1);
        assertThat(Duration.between(start, fastGot.get(0).at())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_post_published_by_the_scheduler_is_delivered_too() {
        WebhookReceiver receiver = receiver();
        subscribe(receiver, "post.published");
        Post post = Api.createPost(author, "Scheduled hook " + Api.unique(""));
        String at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS).toString();
        author.as().body(Map.of("publishAt", at)).post("/posts/" + post.id() + "/schedule").then().statusCode(200);
        List<Received> got = receiver.await(r -> about(r, "post.published", post.id()), 1, WAIT.plusSeconds(5));
        assertThat(got).hasSize(1);
        assertThat(json(got.get(0)).path("data").path("publishedAt").asText()).isEqualTo(at);
    }
}
