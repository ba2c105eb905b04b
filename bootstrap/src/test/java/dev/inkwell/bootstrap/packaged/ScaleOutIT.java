package dev.inkwell.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.local.EmbeddedDatabase;
import dev.inkwell.bootstrap.support.TestKeys;
import dev.inkwell.bootstrap.support.WebhookReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged artifact (the jar, or the native executable after {@code -Dnative}) run as two
 * instances on one empty database, started at the same moment, as two replicas are on their first
 * deployment: both come up, the bootstrap administrator exists once, the abuse limits hold across
 * both, a half-sent request is cut off, and SIGTERM lets a running request finish while new ones
 * get 503.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    static final String ADMIN_EMAIL = "first-admin@scale.test";
    static final String ADMIN_PASSWORD = "scale-out-admin-password";
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    static final int LOGINS_PER_MINUTE = 8;
    static String adminTokenOfB;
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static EmbeddedDatabase database;
    static final List<Instance> instances = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Instance(String name, Process process, int port, Path log) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }

        /** SIGTERM, and SIGKILL if it has not exited 20 s later. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        database = EmbeddedDatabase.start(null);
        for (String name : new String[] {"a", "b"}) {
            // both deliver webhooks to this test's receiver on 127.0.0.1; the production default
            // (such a target refused) is checked on an instance of its own (webhooks test)
            instances.add(start(name, Map.of("INKWELL_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true")));
        }
        for (Instance instance : instances) {
            awaitReady(instance, Duration.ofSeconds(120));
        }
    }

    static Path keys() throws IOException {
        Path keys = Path.of("target").resolve("scale-out-keys");
        if (!Files.exists(keys.resolve("private.pem"))) {
            Files.createDirectories(keys);
            TestKeys.writePair(keys.resolve("public.pem"), keys.resolve("private.pem"));
        }
        return keys;
    }

    /** Starts an instance of the artifact on the test's database, with {@code extra} environment on top. */
    static Instance start(String name, Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        env.put("INKWELL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("INKWELL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("INKWELL_LIMITS_LOGIN_FAILURES", "3");
        env.put("INKWELL_LIMITS_LOGIN_PER_MINUTE", Integer.toString(LOGINS_PER_MINUTE));
        env.put("QUARKUS_HTTP_IDLE_TIMEOUT", IDLE_TIMEOUT.toSeconds() + "S");
        env.putAll(extra);
        return launch("scale-out-" + name, env);
    }

    /**
     * Starts the packaged artifact with {@code env} on a free port, with this class's JWT key pair and
     * readable (not JSON) logs in {@code target/<name>.log}; the caller names the database.
     */
    static Instance launch(String name, Map<String, String> env) throws IOException {
        Path keys = keys();
        int port = freePort();
        Path log = Path.of("target").resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("QUARKUS_HTTP_PORT", Integer.toString(port),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("public.pem").toAbsolutePath().toString(),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("private.pem").toAbsolutePath().toString(),
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        builder.environment().putAll(env);
        return new Instance(name, builder.start(), port, log);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Instance instance : instances) {
            instance.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void both_instances_came_up_and_the_bootstrap_administrator_exists_once() throws Exception {
        for (Instance instance : instances) {
            assertThat(instance.process().isAlive()).as(instance.name() + " is running").isTrue();
            assertThat(Files.readString(instance.log())).doesNotContain("Conflict");
        }
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from users where email = ?")) {
            s.setString(1, ADMIN_EMAIL);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
        // Flyway takes an advisory lock: one instance migrated, the other found the schema up to date
        long migrations = count("select count(*) from flyway_schema_history where success and version is not null"
                + " and installed_by = ?", EmbeddedDatabase.USER);
        assertThat(migrations).isPositive();
        assertThat(count("select count(distinct version) from flyway_schema_history where installed_by = ?",
                EmbeddedDatabase.USER)).isEqualTo(migrations);
        List<Long> migrated = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        for (Instance instance : instances) {
            migrated.add(loggedCount(instance, "Migrating schema \"public\" to version"));
            created.add(loggedCount(instance, "created the bootstrap administrator " + ADMIN_EMAIL));
        }
        assertThat(migrated).containsExactlyInAnyOrder(0L, migrations);
        assertThat(created).containsExactlyInAnyOrder(0L, 1L);
        for (Instance instance : instances) {
            HttpResponse<String> login = login(instance, ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(login.statusCode()).isEqualTo(200);
            adminTokenOfB = token(login);
        }
    }

    @Test
    @Order(2)
    void the_login_lock_and_the_address_budget_are_shared_by_the_instances() throws Exception {
        Instance a = instances.get(0);
        Instance b = instances.get(1);
        String email = "shared-" + UUID.randomUUID() + "@scale.test";
        assertThat(send(a, "POST", "/users", "{\"email\":\"" + email + "\",\"password\":\"a-good-password\",\"name\":\"Shared\"}")
                .statusCode()).isEqualTo(201);
        assertThat(login(a, email, "wrong").statusCode()).isEqualTo(401);
        assertThat(login(b, email, "wrong").statusCode()).isEqualTo(401);
        assertThat(login(a, email, "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> locked = login(b, email, "a-good-password");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("too many failed logins");
        // LOGINS_PER_MINUTE attempts from this address, wherever they land; 6 are spent above. Two
        // instances that each counted for themselves would let about twice as many through.
        int attempts = 0;
        HttpResponse<String> answer;
        do {
            answer = login(attempts % 2 == 0 ? a : b, "someone@scale.test", "x");
            attempts++;
        } while (answer.statusCode() == 401 && attempts < 2 * LOGINS_PER_MINUTE);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.body()).contains("from this address");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(6 + attempts).as("attempts until refused").isLessThanOrEqualTo(LOGINS_PER_MINUTE + 3);
    }

    @Test
    @Order(3)
    void a_comment_through_a_refreshes_the_popular_list_of_b_within_a_second() throws Exception {
        Instance a = instances.get(0);
        Instance b = instances.get(1);
        String token = adminTokenOfB; // issued by b, accepted by a: one key configuration
        HttpResponse<String> created = authorized(a, "POST", "/posts", token,
                "{\"title\":\"Popular across instances\",\"content\":\"Talked about.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String post = field(created.body(), "id");
        assertThat(authorized(a, "POST", "/posts/" + post + "/publish", token, "").statusCode()).isEqualTo(200);
        List<Long> delays = new ArrayList<>();
        for (int comments = 1; comments <= 5; comments++) {
            assertThat(commentsInPopular(b, post)).isLessThan(comments); // and cached on b now
            assertThat(authorized(a, "POST", "/posts/" + post + "/comments", token,
                    "{\"content\":\"comment " + comments + "\"}").statusCode()).isEqualTo(201);
            long acknowledged = System.nanoTime();
            long deadline = acknowledged + Duration.ofSeconds(1).toNanos();
            boolean fresh = false;
            while (!fresh && System.nanoTime() < deadline) {
                fresh = commentsInPopular(b, post) == comments;
                if (!fresh) {
                    Thread.sleep(5);
                }
            }
            assertThat(fresh).as("b's popular list shows comment %d within 1 s of a's 201", comments).isTrue();
            delays.add((System.nanoTime() - acknowledged) / 1_000_000);
        }
        System.out.printf("popular list of b fresh after a's comment was acknowledged: %s ms%n", delays);
        assertThat(delays).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
    }

    @Test
    @Order(3)
    void a_connection_that_never_finishes_its_headers_is_closed() throws Exception {
        Instance a = instances.get(0);
        try (Socket socket = new Socket("localhost", a.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT.multipliedBy(4).toMillis());
            socket.getOutputStream().write("GET /posts HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Instant sent = Instant.now();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (IOException reset) {
                read = -1;
            }
            Duration open = Duration.between(sent, Instant.now());
            assertThat(read).as("the server closes the connection without an answer").isEqualTo(-1);
            assertThat(open).isBetween(IDLE_TIMEOUT.minusMillis(500), IDLE_TIMEOUT.plusSeconds(5));
        }
    }

    /**
     * A request held up by a row lock is running when SIGTERM arrives: it still completes, a new
     * request gets 503 problem+json, and the process exits.
     */
    /**
     * The two-scheduler test, on two real instances: 200 posts fall due at the same moment
     * and both instances' schedulers (every 2 s, {@code SKIP LOCKED} claims) publish them; each is
     * published once, with one audit row, and the log says how the two shared the work.
     */
    @Test
    @Order(4)
    void two_instances_publish_every_scheduled_post_exactly_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int posts = 200;
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("insert into posts (id, author_id,"
                + " title, slug, content, published, slug_frozen, created_at, updated_at, scheduled_at)"
                + " select gen_random_uuid(), (select id from users where email = ?), 'Due ' || g, 'due-' || ? || '-' || g,"
                + " 'Due.', false, false, now(), now(), now() + interval '3 seconds' from generate_series(1, ?) g")) {
            s.setString(1, ADMIN_EMAIL);
            s.setString(2, run);
            s.setInt(3, posts);
            assertThat(s.executeUpdate()).isEqualTo(posts);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long published;
        do {
            Thread.sleep(500);
            published = count("select count(*) from posts where slug like ? and published and scheduled_at is null",
                    "due-" + run + "-%");
        } while (published < posts && System.nanoTime() < deadline);
        assertThat(published).isEqualTo(posts);
        assertThat(count("select count(*) from audit_events a join posts p on p.id = a.entity_id where p.slug like ?"
                + " and a.action = 'POST_PUBLISHED' and a.actor_id is null", "due-" + run + "-%")).isEqualTo(posts);
        assertThat(count("select count(distinct a.entity_id) from audit_events a join posts p on p.id = a.entity_id"
                + " where p.slug like ? and a.action = 'POST_PUBLISHED'", "due-" + run + "-%")).isEqualTo(posts);
        long byA = loggedTotal(instances.get(0), "published (\\d+) scheduled post");
        long byB = loggedTotal(instances.get(1), "published (\\d+) scheduled post");
        System.out.printf("two schedulers: %d posts due at once, published by a: %d, by b: %d%n", posts, byA, byB);
        assertThat(byA + byB).as("what the two logs say they published").isEqualTo(posts);
    }

    private static long count(String sql, String param) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }


    @Test
    @Order(5)
    void two_dispatchers_send_every_attempt_once_retries_included() throws Exception {
        Instance a = instances.get(0);
        String token = adminTokenOfB; // a token of one instance works on the other (and spends no login budget)
        int events = 150;
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500); // ten attempts fail, and are retried
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(a.url("/admin/webhooks")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url("/both")
                            + "\",\"events\":[\"comment.deleted\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String hook = field(registered.body(), "id");
            // the outbox as the service writes it, for many events at one moment (written here in one statement)
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("with e as (insert into"
                    + " webhook_events (id, event, occurred_at, body) select gen_random_uuid(), 'comment.deleted', now(),"
                    + " '{\"n\":' || g || '}' from generate_series(1, ?) g returning id)"
                    + " insert into webhook_deliveries (webhook_id, event_id, next_attempt_at)"
                    + " select ?::uuid, e.id, now() from e")) {
                s.setInt(1, events);
                s.setString(2, hook);
                assertThat(s.executeUpdate()).isEqualTo(events);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count("select count(*) from webhook_deliveries where webhook_id = ?::uuid and status = 'succeeded'",
                    hook) < events && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(count("select count(*) from webhook_deliveries where webhook_id = ?::uuid"
                    + " and status = 'succeeded'", hook)).isEqualTo(events);
            long attempts = count("select count(*) from webhook_attempts where webhook_id = ?::uuid", hook);
            assertThat(attempts).isEqualTo(events + 10);
            // every attempt was sent once: the receiver saw exactly as many requests, per event as per attempts
            assertThat(receiver.received()).hasSize((int) attempts);
            Map<String, Long> perEvent = receiver.received().stream().collect(java.util.stream.Collectors.groupingBy(
                    r -> r.header("Inkwell-Delivery"), java.util.stream.Collectors.counting()));
            assertThat(perEvent).hasSize(events);
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select event_id::text, count(*)"
                    + " from webhook_attempts where webhook_id = ?::uuid group by event_id")) {
                s.setString(1, hook);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        assertThat(perEvent.get(rs.getString(1))).as(rs.getString(1)).isEqualTo(rs.getLong(2));
                    }
                }
            }
            long byA = loggedTotal(instances.get(0), "sent (\\d+) webhook attempt");
            long byB = loggedTotal(instances.get(1), "sent (\\d+) webhook attempt");
            System.out.printf("two dispatchers: %d events, %d attempts, sent by a: %d, by b: %d%n", events, attempts,
                    byA, byB);
            assertThat(byA + byB).as("what the two logs say they sent").isEqualTo(attempts);
            http.send(HttpRequest.newBuilder(URI.create(a.url("/admin/webhooks/" + hook)))
                    .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }


    /** The sum of the numbers an instance logged in lines matching {@code pattern} (its group 1). */
    /** The post's commentCount in the instance's popular list, -1 when it is not in it. */
    private static int commentsInPopular(Instance instance, String post) throws Exception {
        HttpResponse<String> popular = get(instance, "/posts/popular");
        assertThat(popular.statusCode()).isEqualTo(200);
        for (com.fasterxml.jackson.databind.JsonNode item : JSON.readTree(popular.body()).path("data")) {
            if (post.equals(item.path("id").asText())) {
                return item.path("commentCount").asInt();
            }
        }
        return -1;
    }

    private static long loggedCount(Instance instance, String text) throws Exception {
        String log = Files.readString(instance.log());
        long count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private static long loggedTotal(Instance instance, String pattern) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(Files.readString(instance.log()));
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    /** A string field of a JSON body (ids and tokens: no escapes in them). */
    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    @Test
    @Order(6)
    void sigterm_lets_the_running_request_finish_and_refuses_new_ones() throws Exception {
        Instance b = instances.get(1);
        String token = adminTokenOfB;
        String adminId;
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select id from users where email = ?")) {
            s.setString(1, ADMIN_EMAIL);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                adminId = rs.getString(1);
            }
        }
        try (Connection lock = connect()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("select id from users where id = ?::uuid for update")) {
                s.setString(1, adminId);
                s.executeQuery();
            }
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(b.url("/users/" + adminId)))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"bio\":\"finished after SIGTERM\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1000); // the PATCH now waits for the lock
            b.process().destroy(); // SIGTERM
            Thread.sleep(500);
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(b.url("/posts"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            lock.rollback(); // the running request may go on
            HttpResponse<String> finished = running.get(20, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.body()).contains("finished after SIGTERM");
        }
        assertThat(b.process().waitFor(20, TimeUnit.SECONDS)).as("the instance exits").isTrue();
        assertThat(Files.readString(b.log())).contains("shutting down: new requests are answered 503");
    }

    static List<String> command() throws IOException {
        Properties artifact = new Properties();
        try (var in = Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath();
        if ("native".equals(artifact.getProperty("type"))) {
            return List.of(path.toString(), "-Xmx256m");
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", path.toString());
    }

    static void awaitReady(Instance instance, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!instance.process().isAlive()) {
                throw new AssertionError("instance " + instance.name() + " died at start:\n" + Files.readString(instance.log()));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(instance.url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance " + instance.name() + " not ready in " + within + ":\n" + Files.readString(instance.log()));
    }

    private static HttpResponse<String> login(Instance instance, String email, String password) throws Exception {
        return send(instance, "POST", "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static HttpResponse<String> send(Instance instance, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(instance.url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> authorized(Instance instance, String method, String path, String token,
            String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(instance.url(path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Instance instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(instance.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(HttpResponse<String> login) {
        return field(login.body(), "accessToken");
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    @Order(7)
    void an_event_committed_just_before_a_kill_9_is_delivered_after_the_restart() throws Exception {
        for (Instance instance : instances) { // the others would deliver it: only the crashed one may
            instance.stop();
        }
        // the production default first: a private target is refused
        // these instances are not about the limits: the address's login budget is spent by now (a
        // native instance starts in milliseconds, so the whole class runs within its minute)
        Instance strict = start("strict", Map.of("INKWELL_LIMITS_LOGIN_PER_MINUTE", "0"));
        awaitReady(strict, Duration.ofSeconds(120));
        HttpResponse<String> strictLogin = login(strict, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(strictLogin.statusCode()).as(strictLogin.body()).isEqualTo(200);
        String strictToken = token(strictLogin);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(strict.url("/admin/webhooks")))
                .header("Authorization", "Bearer " + strictToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:9/x\",\"events\":"
                        + "[\"post.published\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("allow-private-targets");
        strict.stop();

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, String> quiet = Map.of("INKWELL_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                    "INKWELL_WEBHOOKS_EVERY", "off", // its dispatcher never runs: it dies first anyway
                    "INKWELL_LIMITS_LOGIN_PER_MINUTE", "0");
            Instance doomed = start("doomed", quiet);
            instances.add(doomed);
            awaitReady(doomed, Duration.ofSeconds(120));
            HttpResponse<String> doomedLogin = login(doomed, ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(doomedLogin.statusCode()).as(doomedLogin.body()).isEqualTo(200);
            String token = token(doomedLogin);
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(doomed.url("/admin/webhooks")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url("/crash")
                            + "\",\"events\":[\"post.published\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(doomed.url("/posts")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Published, then kill -9\","
                            + "\"content\":\"Survives.\"}")).build(), HttpResponse.BodyHandlers.ofString());
            String post = field(created.body(), "id");
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create(doomed.url("/posts/" + post
                    + "/publish"))).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(published.statusCode()).isEqualTo(200); // committed and acknowledged
            doomed.process().destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
            assertThat(doomed.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(receiver.received()).isEmpty();
            assertThat(count("select count(*) from webhook_deliveries d join webhook_events e on e.id = d.event_id"
                    + " where e.body like ? and d.status = 'pending' and d.attempts = 0", "%" + post + "%"))
                    .isEqualTo(1);

            Instance revived = start("revived", Map.of("INKWELL_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                    "INKWELL_LIMITS_LOGIN_PER_MINUTE", "0"));
            instances.add(revived);
            Instant restarted = Instant.now();
            awaitReady(revived, Duration.ofSeconds(120));
            List<WebhookReceiver.Received> got = receiver.await(r -> r.body().contains(post), 1, Duration.ofSeconds(20));
            assertThat(got).hasSize(1);
            System.out.printf("kill -9 recovery: delivered %d ms after the restart began (ready after %d ms)%n",
                    Duration.between(restarted, got.get(0).at()).toMillis(),
                    Duration.between(restarted, Instant.now()).toMillis());
            assertThat(got.get(0).header("Inkwell-Event")).isEqualTo("post.published");
            Thread.sleep(1500);
            assertThat(receiver.received()).hasSize(1); // once
        }
    }
}
