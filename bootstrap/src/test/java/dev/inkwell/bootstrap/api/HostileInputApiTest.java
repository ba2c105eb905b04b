package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Input a client should never send, which must still end in a clear 4xx (or an empty page), never a 500. */
@QuarkusTest
public class HostileInputApiTest {

    @Test
    void nul_characters_in_bodies_are_a_400_not_a_database_error() {
        TestUser user = Api.register("Nul Tester");
        user.as().body(Map.of("title", "a\u0000b", "content", "c")).post("/posts").then().statusCode(400)
                .contentType(PROBLEM_JSON);
        user.as().body(Map.of("title", "t", "content", "c\u0000")).post("/posts").then().statusCode(400);
        user.as().body(Map.of("bio", "x\u0000")).patch("/users/" + user.id()).then().statusCode(400);
        user.as().body(Map.of("name", "x\u0000")).patch("/users/" + user.id()).then().statusCode(400);
        Post post = Api.publishedPost(user, "Nul target " + UUID.randomUUID());
        user.as().body(Map.of("content", "\u0000")).post("/posts/" + post.id() + "/comments").then().statusCode(400);
        asToken(Api.adminToken()).body(Map.of("name", "cat\u0000")).post("/categories").then().statusCode(400);
    }

    @Test
    void nul_characters_in_paths_and_queries_are_a_400() {
        for (String parameter : new String[]{"q", "author", "category"}) {
            json().queryParam(parameter, "a\u0000b").get("/posts").then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo(parameter));
        }
        json().urlEncodingEnabled(false).get("/posts/a%00b").then().statusCode(400).contentType(PROBLEM_JSON);
        json().urlEncodingEnabled(false).get("/categories/a%00b").then().statusCode(400);
        asToken(Api.adminToken()).queryParam("search", "a\u0000b").get("/users").then().statusCode(400);
    }

    @Test
    void a_nul_character_in_an_email_is_a_400_on_sign_up_and_a_plain_401_on_login() {
        Map<String, Object> body = new java.util.HashMap<>(Api.registration("Nul Mail"));
        body.put("email", "nul\u0000" + body.get("email"));
        json().body(body).post("/users").then().statusCode(400).body("errors[0].field", equalTo("email"));
        json().body(Map.of("email", "x\u0000@example.com", "password", "whatever-123")).post("/auth/login").then()
                .statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void the_largest_page_number_is_an_empty_page() {
        String admin = Api.adminToken();
        json().queryParam("page", Integer.MAX_VALUE).queryParam("limit", 100).get("/posts").then().statusCode(200)
                .body("data.size()", equalTo(0));
        asToken(admin).queryParam("page", Integer.MAX_VALUE).queryParam("limit", 100).get("/users").then()
                .statusCode(200).body("data.size()", equalTo(0));
        asToken(admin).queryParam("page", Integer.MAX_VALUE).queryParam("limit", 100).get("/admin/audit").then()
                .statusCode(200).body("data.size()", equalTo(0));
        json().queryParam("page", Integer.MAX_VALUE).get("/posts/" + UUID.randomUUID() + "/comments").then()
                .statusCode(404);
    }

    @Test
    void a_forged_cursor_far_outside_the_calendar_is_a_400() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+300000-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        json().queryParam("after", forged).get("/posts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }
}
