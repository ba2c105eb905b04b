package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.assertProblem;
import static dev.inkwell.bootstrap.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's General rules on errors: every one is problem+json and reveals nothing internal. */
@QuarkusTest
public class ErrorsApiTest {

    @Test
    void unknown_routes_are_404_problems() {
        assertProblem(json().get("/no/such/thing"), 404, "not-found");
    }

    @Test
    void a_wrong_method_is_405_problem() {
        assertProblem(json().put("/auth/login"), 405, "method-not-allowed");
    }

    @Test
    void a_wrong_content_type_is_415_problem() {
        assertProblem(given().contentType("text/plain").body("hello").post("/users"), 415,
                "unsupported-media-type");
    }

    @Test
    void malformed_json_is_400_problem_without_parser_internals() {
        Response response = json().body("{\"email\": ").post("/users");
        assertProblem(response, 400, "malformed-json");
        assertThat(response.asString()).doesNotContainIgnoringCase("jackson").doesNotContain("line:");
    }

    @Test
    void a_json_value_of_the_wrong_type_names_the_field() {
        json().body("{\"email\": {\"nested\": true}, \"password\": \"x\", \"name\": \"y\"}").post("/users")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("email"));
    }

    @Test
    void a_missing_body_is_400_problem() {
        assertProblem(json().post("/users"), 400, "validation");
    }

    @Test
    void a_body_over_one_mebibyte_is_413_problem() {
        String big = "{\"email\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        assertProblem(json().body(big).post("/users"), 413, "payload-too-large");
    }

    @Test
    void a_non_uuid_id_is_400_not_404() {
        json().get("/users/123").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void unknown_json_properties_are_ignored() {
        Map<String, Object> body = Api.registration("Extra Props");
        body.put("favouriteColour", "green");
        body.put("role", "ADMIN");
        json().body(body).post("/users").then().statusCode(201).body("role", equalTo("USER"));
    }
}
