package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.assertProblem;
import static dev.inkwell.bootstrap.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad request is a problem+json answer without internals, and changes nothing. */
@QuarkusIntegrationTest
class ErrorsIT {

    @Test
    void routing_errors_are_problems() {
        assertProblem(json().get("/no/such/thing"), 404, "not-found");
        assertProblem(json().put("/auth/login"), 405, "method-not-allowed");
        assertProblem(given().contentType("text/plain").body("hello").post("/users"), 415, "unsupported-media-type");
    }

    @Test
    void unreadable_bodies_are_400_or_413_problems() {
        Response malformed = json().body("{\"email\": ").post("/users");
        assertProblem(malformed, 400, "malformed-json");
        assertThat(malformed.asString()).doesNotContainIgnoringCase("jackson");
        json().body("{\"email\": {\"nested\": true}, \"password\": \"x\", \"name\": \"y\"}").post("/users")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("email"));
        assertProblem(json().post("/users"), 400, "validation");
        String big = "{\"email\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        assertProblem(json().body(big).post("/users"), 413, "payload-too-large");
    }

    @Test
    void invalid_fields_are_all_named_and_nothing_is_written() {
        String email = Api.unique("invalid") + "@example.com";
        json().body(Map.of("email", email, "password", "short", "name", "")).post("/users")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://inkwell.dev/problems/validation"))
                .body("errors.field", hasItems("password", "name"));
        json().body(Map.of("email", email, "password", Api.PASSWORD)).post("/auth/login").then().statusCode(401);
    }

    @Test
    void malformed_ids_nul_characters_and_hostile_paging_are_400s_not_500s() {
        json().get("/users/123").then().statusCode(400).contentType(PROBLEM_JSON);
        json().urlEncodingEnabled(false).get("/posts/a%00b").then().statusCode(400).contentType(PROBLEM_JSON);
        TestUser user = Api.register("Hostile");
        user.as().body(Map.of("title", "nul\u0000title", "content", "x")).post("/posts")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("title"));
        json().queryParam("limit", 0).get("/posts").then().statusCode(400).contentType(PROBLEM_JSON);
        json().queryParam("page", Integer.MAX_VALUE).queryParam("limit", 100).get("/posts").then().statusCode(200)
                .body("data.size()", equalTo(0));
    }
}
