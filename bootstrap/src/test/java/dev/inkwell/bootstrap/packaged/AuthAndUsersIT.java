package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusIntegrationTest
class AuthAndUsersIT {

    @Test
    void registration_login_and_me_work_with_bcrypt_and_configured_jwt_keys() {
        Map<String, Object> body = Api.registration("Ada Native");
        json().body(body).post("/users").then().statusCode(201)
                .body("role", equalTo("USER")).body("email", equalTo(body.get("email")))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("passwordHash")));

        String token = json().body(Map.of("email", body.get("email"), "password", Api.PASSWORD))
                .post("/auth/login").then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(3600))
                .body("user.email", equalTo(body.get("email")))
                .extract().path("accessToken");
        assertThat(token.split("\\.")).hasSize(3);

        asToken(token).get("/auth/me").then().statusCode(200)
                .body("email", equalTo(body.get("email"))).body("name", equalTo("Ada Native"));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_401_problem() {
        TestUser user = Api.register("Careful");
        String wrong = json().body(Map.of("email", user.email(), "password", "not-the-password"))
                .post("/auth/login").then().statusCode(401).contentType(PROBLEM_JSON).extract().path("detail");
        String unknown = json().body(Map.of("email", Api.unique("nobody") + "@example.com", "password", "x-password"))
                .post("/auth/login").then().statusCode(401).contentType(PROBLEM_JSON).extract().path("detail");
        assertThat(wrong).isEqualTo(unknown);
    }

    @Test
    void a_forged_or_missing_token_is_401() {
        json().get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);
        asToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/auth/me")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void a_taken_email_is_409_whatever_its_case() {
        TestUser user = Api.register("First");
        Map<String, Object> again = Api.registration("Second");
        again.put("email", user.email().toUpperCase());
        json().body(again).post("/users").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void profiles_are_public_or_private_by_caller_and_list_recent_published_posts() {
        TestUser owner = Api.register("Profiled");
        Api.Post published = Api.publishedPost(owner, "Shown " + Api.unique("p"));
        Api.createPost(owner, "Hidden draft " + Api.unique("d"));

        json().get("/users/" + owner.id()).then().statusCode(200)
                .body("$", not(hasKey("email"))).body("recentPosts.id", contains(published.id()));
        owner.as().get("/users/" + owner.id()).then().statusCode(200)
                .body("email", equalTo(owner.email())).body("recentPosts.size()", equalTo(2));
    }

    @Test
    void a_profile_is_updated_by_its_owner_only() {
        TestUser owner = Api.register("Owner");
        TestUser other = Api.register("Other");
        owner.as().body(Map.of("bio", "Writes natively", "website", "https://example.com"))
                .patch("/users/" + owner.id()).then().statusCode(200)
                .body("profile.bio", equalTo("Writes natively")).body("profile.website", equalTo("https://example.com"));
        other.as().body(Map.of("bio", "hijacked")).patch("/users/" + owner.id())
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void admins_list_users_and_change_roles() {
        TestUser user = Api.register("Promoted");
        json().get("/users").then().statusCode(401);
        user.as().get("/users").then().statusCode(403).contentType(PROBLEM_JSON);

        asToken(Api.adminToken()).queryParam("search", user.email().toUpperCase()).get("/users")
                .then().statusCode(200).body("data.id", contains(user.id())).body("meta.total", equalTo(1));
        asToken(Api.adminToken()).body(Map.of("role", "MODERATOR")).put("/users/" + user.id() + "/role")
                .then().statusCode(200).body("role", equalTo("MODERATOR"));
        user.as().get("/users").then().statusCode(200).body("data", notNullValue());
    }

    @Test
    void a_deleted_user_cannot_log_in_and_their_email_is_free_again() {
        TestUser user = Api.register("Leaving");
        user.as().delete("/users/" + user.id()).then().statusCode(204);
        json().body(Map.of("email", user.email(), "password", Api.PASSWORD)).post("/auth/login")
                .then().statusCode(401);
        json().get("/users/" + user.id()).then().statusCode(404).contentType(PROBLEM_JSON);

        Map<String, Object> again = Api.registration("Returning");
        again.put("email", user.email());
        json().body(again).post("/users").then().statusCode(201);
    }

    @Test
    void an_admin_purges_a_user_with_their_posts() {
        TestUser user = Api.register("Purged");
        Api.Post post = Api.publishedPost(user, "Soon gone " + Api.unique("g"));
        user.as().queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(403);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(204);
        json().get("/posts/" + post.slug()).then().statusCode(404);
        asToken(Api.adminToken()).get("/users/" + user.id()).then().statusCode(404);
    }
}
