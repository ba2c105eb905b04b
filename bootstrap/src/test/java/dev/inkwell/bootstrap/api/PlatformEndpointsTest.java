package dev.inkwell.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import static dev.inkwell.bootstrap.support.Api.json;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAPI, Swagger UI and health: the manual test bench and the probes. */
@QuarkusTest
public class PlatformEndpointsTest {

    @Test
    void the_openapi_document_describes_every_endpoint_with_errors_and_the_bearer_scheme() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("paths.'/auth/login'.post.responses.'401'", notNullValue())
                .body("paths.'/auth/me'.get.security[0].bearer", notNullValue())
                .body("paths.'/users'.post.responses.'201'", notNullValue())
                .body("paths.'/users'.post.responses.'409'", notNullValue())
                .body("paths.'/users'.get", notNullValue())
                .body("paths.'/users/{id}'.get", notNullValue())
                .body("paths.'/users/{id}'.patch", notNullValue())
                .body("paths.'/users/{id}'.delete.responses.'204'", notNullValue())
                .body("paths.'/users/{id}/role'.put", notNullValue())
                .body("paths.'/admin/audit'.get.responses.'403'", notNullValue())
                .body("components.responses.BadRequest.content.'application/problem+json'.schema", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue())
                .body("components.schemas.RegisterUserRequest.properties.email.examples[0]", equalTo("ada@example.com"))
                .body("components.schemas.PrivateUser.properties.keySet()", hasItem("email"))
                .body("components.schemas.PublicUser.properties.keySet()", org.hamcrest.Matchers.not(hasItem("email")));
    }

    @Test
    void the_publishing_endpoints_are_documented_with_their_errors() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/posts'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PostDetail"))
                .body("paths.'/posts'.post.responses.'400'", notNullValue())
                .body("paths.'/posts'.get.parameters.name", hasItem("q"))
                .body("paths.'/posts/feed'.get.parameters.name", hasItem("after"))
                .body("paths.'/posts/popular'.get", notNullValue())
                .body("paths.'/posts/drafts'.get.responses.'401'", notNullValue())
                .body("paths.'/posts/{id}'.patch.responses.'403'", notNullValue())
                .body("paths.'/posts/{id}'.delete.responses.'204'", notNullValue())
                .body("paths.'/posts/{id}/publish'.post.responses.'404'", notNullValue())
                .body("paths.'/posts/{id}/unpublish'.post", notNullValue())
                .body("paths.'/posts/{id}/comments'.post.responses.'201'", notNullValue())
                .body("paths.'/comments/{id}'.patch.responses.'403'", notNullValue())
                .body("paths.'/categories'.post.responses.'409'", notNullValue())
                .body("paths.'/categories/{slug}'.get.responses.'404'", notNullValue())
                .body("paths.'/categories/{id}'.delete.responses.'204'", notNullValue())
                .body("components.schemas.CreatePostRequest.properties.title.examples[0]",
                        equalTo("Héllo, Wörld! Ça va?"))
                .body("components.schemas.PostSummary.properties.keySet()", hasItem("commentCount"));
    }

    /**
     * Reads where a token changes the answer (drafts, e-mail) list the bearer scheme as optional,
     * so that the Swagger UI sends the token it was given and anonymous calls still work.
     */
    @Test
    void reads_with_optional_authentication_offer_the_bearer_scheme_without_requiring_it() {
        for (String path : new String[]{"/posts/{slug}", "/posts/{id}/comments", "/users/{id}"}) {
            given().accept("application/json").get("/q/openapi?format=json").then()
                    .body("paths.'" + path + "'.get.security", org.hamcrest.Matchers.hasSize(2))
                    .body("paths.'" + path + "'.get.security[0].bearer", notNullValue())
                    .body("paths.'" + path + "'.get.security[1].size()", equalTo(0));
        }
    }

    /** The conventions OpenApiConventions states once hold for every operation, present and future. */
    @Test
    @SuppressWarnings("unchecked")
    void every_operation_that_needs_a_token_documents_the_401_and_every_one_that_takes_input_the_400() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        int secured = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                // the RealWorld API (/api) answers in its own error shape, and refuses bad input with 422
                boolean realWorld = path.getKey().startsWith("/api/") || path.getKey().equals("/api");
                Map<String, Object> op = operation.getValue();
                var responses = (Map<String, Map<String, Object>>) op.get("responses");
                List<Map<String, Object>> security = (List<Map<String, Object>>) op.get("security");
                boolean tokenRequired = security != null && !security.isEmpty()
                        && security.stream().allMatch(s -> s.containsKey("bearer"));
                if (tokenRequired) {
                    secured++;
                    assertThat(responses.get("401")).as(name).containsEntry("$ref",
                            realWorld ? "#/components/responses/ConduitUnauthorized" : "#/components/responses/Unauthorized");
                }
                var parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
                boolean takesInput = op.containsKey("requestBody") || path.getKey().contains("{id}")
                        || parameters.stream().anyMatch(p -> "query".equals(p.get("in")));
                boolean takesBodyOrQuery = op.containsKey("requestBody")
                        || parameters.stream().anyMatch(p -> "query".equals(p.get("in")));
                if (takesBodyOrQuery && realWorld) { // an unknown {id} there is a 404, not bad input
                    assertThat(responses.get("422")).as(name)
                            .containsEntry("$ref", "#/components/responses/ConduitUnprocessable");
                } else if (takesInput && !realWorld) {
                    assertThat(responses.get("400")).as(name)
                            .containsEntry("$ref", "#/components/responses/BadRequest");
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4")) {
                        assertThat(response).as(name + " " + code + " is a shared problem+json answer")
                                .containsKey("$ref");
                    }
                });
            }
        }
        assertThat(secured).as("operations that need a token").isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_swagger_ui_page_and_its_scripts_are_served() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void business_metrics_count_registrations_logins_publications_and_comments() {
        Map<String, Double> before = businessMetrics();
        TestUser author = Api.register("Metrics Author"); // one registration, one successful login
        json().body(Map.of("email", author.email(), "password", "wrong-password")).post("/auth/login")
                .then().statusCode(401);
        Api.Post post = Api.publishedPost(author, "Counted " + Api.unique("post"));
        Api.comment(author, post, "Counted comment");
        Map<String, Double> after = businessMetrics();
        assertThat(after.get("inkwell_registrations_total") - before.get("inkwell_registrations_total")).isEqualTo(1.0);
        assertThat(after.get("inkwell_logins_total{outcome=\"ok\"}") - before.get("inkwell_logins_total{outcome=\"ok\"}"))
                .isEqualTo(1.0);
        assertThat(after.get("inkwell_logins_total{outcome=\"failed\"}")
                - before.get("inkwell_logins_total{outcome=\"failed\"}")).isEqualTo(1.0);
        assertThat(after.get("inkwell_posts_published_total") - before.get("inkwell_posts_published_total")).isEqualTo(1.0);
        assertThat(after.get("inkwell_comments_total") - before.get("inkwell_comments_total")).isEqualTo(1.0);
        assertThat(after).containsKeys("inkwell_logins_total{outcome=\"throttled\"}", "inkwell_slow_queries_total");
    }

    /** The inkwell_* samples of /q/metrics, by name and labels. */
    static Map<String, Double> businessMetrics() {
        Map<String, Double> samples = new java.util.HashMap<>();
        for (String line : given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
            if (line.startsWith("inkwell_")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    @Test
    void prometheus_metrics_count_http_requests() {
        // an application request: /q/ endpoints are not counted, and run alone this class may make none before
        given().get("/categories").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_"));
    }

    @Test
    void liveness_and_readiness_including_the_database_are_up() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
