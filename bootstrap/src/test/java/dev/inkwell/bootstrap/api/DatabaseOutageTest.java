package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.DatabaseProxy;
import dev.inkwell.bootstrap.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** "503 database unavailable (with Retry-After), never a hang" — with the database really gone. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void requests_get_a_prompt_503_while_the_database_is_down_and_work_again_after() {
        DatabaseProxy proxy = DatabaseProxy.current();
        Assumptions.assumeTrue(proxy != null, "only with the embedded database (an external one cannot be cut)");
        TestUser user = Api.register("Outage Witness");
        try {
            proxy.cut();
            for (Runnable request : new Runnable[] {
                    () -> expect503(json().get("/users/" + user.id())),
                    () -> expect503(json().body(Api.registration("During Outage")).post("/users")),
                    () -> expect503(json().body(Map.of("email", user.email(), "password", Api.PASSWORD)).post("/auth/login")),
                    () -> expect503(user.as().get("/auth/me"))}) {
                Instant start = Instant.now();
                request.run();
                assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
            }
        } finally {
            proxy.restore();
        }
        Response after = null;
        for (int attempt = 0; attempt < 5; attempt++) { // the pool drops connections that broke during the outage
            after = json().get("/users/" + user.id());
            if (after.statusCode() == 200) {
                break;
            }
        }
        assertThat(after.statusCode()).isEqualTo(200);
    }

    /**
     * A frozen database (a paused server, a network black hole) is the hard case: connections stay
     * open and nothing answers. Every request still gets its 503 within 10 s, readiness says DOWN,
     * and the service recovers by itself once the database answers again.
     */
    @Test
    void a_frozen_database_gives_503_within_10_s_readiness_down_and_the_service_recovers() throws Exception {
        DatabaseProxy proxy = DatabaseProxy.current();
        Assumptions.assumeTrue(proxy != null, "only with the embedded database (an external one cannot be frozen)");
        TestUser user = Api.register("Freeze Witness");
        List<Callable<Response>> requests = List.of(
                () -> json().get("/posts"),
                () -> json().get("/users/" + user.id()),
                () -> user.as().get("/auth/me"),
                () -> user.as().body(Map.of("title", "During a freeze", "content", "Held")).post("/posts"),
                () -> json().body(Map.of("email", user.email(), "password", Api.PASSWORD)).post("/auth/login"));
        ExecutorService pool = Executors.newFixedThreadPool(requests.size() + 1);
        try (LogCapture log = LogCapture.start()) {
            proxy.stall();
            Instant frozen = Instant.now();
            List<Future<Timed>> answers = new ArrayList<>();
            for (Callable<Response> request : requests) {
                answers.add(pool.submit(() -> Timed.of(request)));
            }
            Future<Timed> readiness = pool.submit(() -> Timed.of(() -> given().get("/q/health/ready")));
            for (Future<Timed> answer : answers) {
                Timed timed = answer.get(30, TimeUnit.SECONDS);
                assertThat(timed.took()).isLessThan(Duration.ofSeconds(10));
                // on a failure, say which request and what the service logged (a 500 logs its cause)
                assertThat(timed.response().statusCode()).as("request %d answered %s; ERROR lines: %s",
                        answers.indexOf(answer), timed.response().asString(), log.errors().stream()
                                .map(r -> r.getMessage() + " " + r.getThrown()).toList()).isEqualTo(503);
                expect503(timed.response());
            }
            Timed ready = readiness.get(30, TimeUnit.SECONDS);
            assertThat(ready.took()).isLessThan(Duration.ofSeconds(10));
            ready.response().then().statusCode(503).body("status", equalTo("DOWN"));
            System.out.printf("frozen database: first 503 after %d ms%n",
                    Duration.between(frozen, Instant.now()).toMillis());
            // the WARN line of each 503 carries the request id the client saw
            List<LogRecord> unavailable = log.records().stream()
                    .filter(r -> String.valueOf(r.getMessage()).contains("database unavailable")).toList();
            assertThat(unavailable).as("the WARN lines of the 503s, among %s", log.records().stream()
                    .map(r -> r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage()).toList()).isNotEmpty();
            assertThat(unavailable).allSatisfy(r -> assertThat(LogCapture.mdc(r, "requestId")).isNotBlank());
            assertThat(log.errors()).as("an unavailable database is no ERROR of ours").isEmpty();
        } finally {
            proxy.restore();
            pool.shutdownNow();
        }
        Instant thawed = Instant.now();
        Response after = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            after = json().get("/users/" + user.id());
            if (after.statusCode() == 200) {
                break;
            }
        }
        assertThat(after.statusCode()).isEqualTo(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        System.out.printf("frozen database: recovered %d ms after the thaw%n", Duration.between(thawed, Instant.now()).toMillis());
    }

    record Timed(Response response, Duration took) {
        static Timed of(Callable<Response> request) throws Exception {
            Instant start = Instant.now();
            Response response = request.call();
            return new Timed(response, Duration.between(start, Instant.now()));
        }
    }

    private static void expect503(Response response) {
        response.then().statusCode(503).contentType(PROBLEM_JSON)
                .header("Retry-After", "5")
                .body("type", equalTo("https://inkwell.dev/problems/unavailable"));
        assertThat(response.asString()).doesNotContain("jdbc").doesNotContain("SQL");
    }
}
