package dev.inkwell.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.LogCapture;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads: the slow-query log and its counter, request ids in log lines, and no
 * ERROR line for a client's fault. In the service's own JVM, where its log records can be read.
 */
@QuarkusTest
class OperationsTest {

    /**
     * A statement made slow for real (it waits for a row lock a test connection holds for 400 ms)
     * is logged at WARN with its duration and SQL, without its parameters, in a line carrying the
     * request's id, and counted.
     */
    @Test
    void a_slow_statement_is_logged_at_warn_with_duration_and_sql_and_counted() throws Exception {
        TestUser user = Api.register("Slow Query Witness");
        String secretName = "Secret-" + UUID.randomUUID();
        double before = PlatformEndpointsTest.businessMetrics().get("inkwell_slow_queries_total");
        String requestId = "slow-" + UUID.randomUUID();
        try (LogCapture log = LogCapture.start(); Connection c = TestDatabase.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select id from users where id = ? for update")) {
                lock.setObject(1, UUID.fromString(user.id()));
                lock.executeQuery();
            }
            CompletableFuture<Response> edit = CompletableFuture.supplyAsync(() -> user.as()
                    .header("X-Request-Id", requestId).body(Map.of("name", secretName)).patch("/users/" + user.id()));
            Thread.sleep(400);
            c.rollback();
            edit.get(20, TimeUnit.SECONDS).then().statusCode(200);

            LogRecord slow = log.records().stream()
                    .filter(r -> "org.hibernate.SQL_SLOW".equals(r.getLoggerName()))
                    .filter(r -> requestId.equals(LogCapture.mdc(r, "requestId")))
                    .findFirst().orElseThrow(() -> new AssertionError("no slow-query line for " + requestId));
            assertThat(slow.getLevel().intValue()).isEqualTo(org.jboss.logmanager.Level.WARN.intValue());
            String line = ((ExtLogRecord) slow).getFormattedMessage();
            assertThat(line).containsPattern("took \\d+ milliseconds").contains("update users").contains("?")
                    .doesNotContain(secretName);
        }
        assertThat(PlatformEndpointsTest.businessMetrics().get("inkwell_slow_queries_total")).isGreaterThan(before);
    }

    @Test
    void a_clients_fault_is_never_logged_at_error() throws Exception {
        try (LogCapture log = LogCapture.start()) {
            assertThat(HostileInputApiTest.rawExchange(
                    "GET /posts/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
            Api.json().body("{\"email\": ").post("/users").then().statusCode(400);
            Api.json().body("[1,2]").post("/auth/login").then().statusCode(400);
            Api.json().body("{}").header("Content-Type", "text/plain").post("/users").then().statusCode(415);
            Api.json().body("x".repeat(2 * 1024 * 1024)).post("/users").then().statusCode(413);
            assertThat(HostileInputApiTest.sendChunkedJsonOfTwoMebibytes()).startsWith("HTTP/1.1 413");
            given().get("/no/such/thing").then().statusCode(404);
            Api.json().body(Map.of("email", "nobody@example.com", "password", "x")).post("/auth/login")
                    .then().statusCode(401);
            assertThat(log.errors()).extracting(LogRecord::getMessage).isEmpty();
            assertThat(log.records()).noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
        }
    }
}
