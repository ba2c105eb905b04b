package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log: its rows carry jsonb details, written by Hibernate's JSON mapping. */
@QuarkusIntegrationTest
class AuditIT {

    @Test
    void a_posts_life_is_audited_newest_first_with_details() {
        TestUser author = Api.register("Audited Author");
        String title = "Audited " + Api.unique("a");
        Post post = Api.createPost(author, title);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        author.as().body(Map.of("content", "New content")).patch("/posts/" + post.id()).then().statusCode(200);
        author.as().delete("/posts/" + post.id()).then().statusCode(204);

        asToken(Api.adminToken()).queryParam("entityType", "POST").queryParam("entityId", post.id())
                .get("/admin/audit").then().statusCode(200)
                .body("data.action", contains("POST_DELETED", "POST_UPDATED", "POST_PUBLISHED", "POST_CREATED"))
                .body("data.actorId", everyItem(equalTo(author.id())))
                .body("data[2].details.slug", equalTo(post.slug()))
                .body("data[3].details.title", equalTo(title))
                .body("meta.total", equalTo(4));
    }

    @Test
    void failed_logins_are_audited_and_the_log_is_paged_by_actor() {
        TestUser user = Api.register("Audited User");
        json().body(Map.of("email", user.email(), "password", "wrong-password")).post("/auth/login").then().statusCode(401);
        for (String name : new String[] {"One", "Two", "Three"}) {
            user.as().body(Map.of("name", name)).patch("/users/" + user.id()).then().statusCode(200);
        }
        asToken(Api.adminToken()).queryParam("entityId", user.id()).queryParam("limit", 1).get("/admin/audit")
                .then().statusCode(200).body("data[0].action", equalTo("USER_UPDATED"))
                .body("data[0].details.name", equalTo("Three")).body("meta.total", equalTo(5));
        asToken(Api.adminToken()).queryParam("entityId", user.id()).queryParam("page", 4).queryParam("limit", 1)
                .get("/admin/audit").then().statusCode(200)
                .body("data[0].action", equalTo("LOGIN_FAILED")).body("data[0].details.reason", equalTo("WRONG_PASSWORD"));
        asToken(Api.adminToken()).queryParam("actorId", user.id()).get("/admin/audit").then().statusCode(200)
                .body("data", hasSize(3));
    }

    @Test
    void the_audit_log_is_for_admins_only() {
        json().get("/admin/audit").then().statusCode(401).contentType(PROBLEM_JSON);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().get("/admin/audit").then().statusCode(403).contentType(PROBLEM_JSON);
    }
}
