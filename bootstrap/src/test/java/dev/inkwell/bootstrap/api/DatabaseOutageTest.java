package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.DatabaseProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    private static void expect503(Response response) {
        response.then().statusCode(503).contentType(PROBLEM_JSON)
                .header("Retry-After", "5")
                .body("type", equalTo("https://inkwell.dev/problems/unavailable"));
        assertThat(response.asString()).doesNotContain("jdbc").doesNotContain("SQL");
    }
}
