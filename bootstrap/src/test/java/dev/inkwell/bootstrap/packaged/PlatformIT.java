package dev.inkwell.bootstrap.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** What operators and people trying the API by hand rely on: OpenAPI, Swagger UI, health, metrics. */
@QuarkusIntegrationTest
class PlatformIT {

    @Test
    void the_openapi_document_describes_the_contract() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Inkwell API"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/posts'.post.responses.'201'", notNullValue())
                .body("paths.'/categories/{id}'.patch", notNullValue())
                .body("paths.'/admin/audit'.get", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }

    @Test
    void the_swagger_ui_page_and_its_scripts_are_served() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void health_probes_include_the_database() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheus_metrics_count_http_requests() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_"));
    }
}
