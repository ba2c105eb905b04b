package dev.inkwell.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.local.EmbeddedDatabase;
import dev.inkwell.bootstrap.support.TestKeys;
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

    static EmbeddedDatabase database;
    static final List<Instance> instances = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Instance(String name, Process process, int port, Path log) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        database = EmbeddedDatabase.start(null);
        Path target = Path.of("target");
        Path keys = target.resolve("scale-out-keys");
        Files.createDirectories(keys);
        TestKeys.writePair(keys.resolve("public.pem"), keys.resolve("private.pem"));
        for (String name : new String[] {"a", "b"}) {
            int port = freePort();
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("public.pem").toAbsolutePath().toString());
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("private.pem").toAbsolutePath().toString());
            env.put("INKWELL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
            env.put("INKWELL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("INKWELL_LIMITS_LOGIN_FAILURES", "3");
            env.put("INKWELL_LIMITS_LOGIN_PER_MINUTE", Integer.toString(LOGINS_PER_MINUTE));
            env.put("QUARKUS_HTTP_IDLE_TIMEOUT", IDLE_TIMEOUT.toSeconds() + "S");
            env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            Path log = target.resolve("scale-out-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            instances.add(new Instance(name, builder.start(), port, log));
        }
        for (Instance instance : instances) {
            awaitReady(instance, Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Instance instance : instances) {
            instance.process().destroy();
            if (!instance.process().waitFor(20, TimeUnit.SECONDS)) {
                instance.process().destroyForcibly();
            }
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
        long byA = publishedIn(instances.get(0));
        long byB = publishedIn(instances.get(1));
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

    private static long publishedIn(Instance instance) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("published (\\d+) scheduled post")
                .matcher(Files.readString(instance.log()));
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    @Test
    @Order(5)
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

    private static List<String> command() throws IOException {
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

    private static void awaitReady(Instance instance, Duration within) throws Exception {
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

    private static String token(HttpResponse<String> login) {
        String body = login.body();
        int start = body.indexOf("\"accessToken\":\"") + "\"accessToken\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
