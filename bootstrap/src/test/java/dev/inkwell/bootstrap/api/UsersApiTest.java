package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PASSWORD;
import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Concurrently;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class UsersApiTest {

    /** ISO-8601 in UTC with a Z, at most millisecond precision: 2026-11-21T14:20:00.123Z */
    static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z";


    // --- POST /users ------------------------------------------------------------------------

    @Test
    void registration_creates_a_user_with_role_user_whatever_the_body_says() {
        Map<String, Object> body = Api.registration("Plain User");
        body.put("email", "Mixed.Case-" + UUID.randomUUID().toString().substring(0, 6) + "@Example.COM");
        body.put("role", "ADMIN");
        body.put("id", "00000000-0000-0000-0000-000000000000");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("bio", "Hello there");
        Response response = json().body(body).post("/users");
        response.then().statusCode(201)
                .header("Location", endsWith("/users/" + response.path("id")))
                .body("role", equalTo("USER"))
                .body("id", not(equalTo("00000000-0000-0000-0000-000000000000")))
                .body("email", equalTo(((String) body.get("email")).toLowerCase()))
                .body("profile.bio", equalTo("Hello there"))
                .body("profile.avatar", nullValue())
                .body("createdAt", not(startsWith("2000")))
                .body("createdAt", org.hamcrest.Matchers.matchesPattern(ISO_UTC))
                .body("updatedAt", org.hamcrest.Matchers.matchesPattern(ISO_UTC))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void passwords_are_stored_as_bcrypt_cost_12_hashes() {
        TestUser user = Api.register("Hash Check");
        String hash = TestDatabase.sql().string("select password_hash from users where id = ?", UUID.fromString(user.id()));
        assertThat(hash).startsWith("$2a$12$").doesNotContain(PASSWORD);
    }

    @Test
    void a_missing_username_is_generated_from_the_name_and_suffixed_on_collision() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        String name = "Zoë Ångström " + suffix;
        String expected = "zoe-angstrom-" + suffix;
        String first = registerWithoutUsername(name);
        String second = registerWithoutUsername(name);
        String third = registerWithoutUsername(name);
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected + "-2");
        assertThat(third).isEqualTo(expected + "-3");
    }

    @Test
    void concurrent_registrations_with_one_name_all_succeed_with_distinct_usernames() throws Exception {
        String name = "Racer " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        List<Response> responses = Concurrently.run(8, i -> {
            Map<String, Object> body = Api.registration("x");
            body.remove("username");
            body.put("name", name);
            return () -> json().body(body).post("/users");
        });
        for (Response response : responses) {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        }
        assertThat(responses.stream().map(r -> (String) r.path("username")).distinct()).hasSize(8);
    }

    @Test
    void concurrent_registrations_with_one_email_give_one_201_and_409s() throws Exception {
        String email = Api.unique("same") + "@example.com";
        List<Integer> statuses = Concurrently.run(4, i -> {
            Map<String, Object> body = Api.registration("Same Email");
            body.put("email", email);
            return () -> json().body(body).post("/users").statusCode();
        });
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestDatabase.sql().count("select count(*) from users where email = ?", email)).isEqualTo(1);
    }

    @Test
    void a_taken_email_any_case_or_username_is_a_409() {
        TestUser existing = Api.register("Taken");
        Map<String, Object> sameEmail = Api.registration("Other");
        sameEmail.put("email", existing.email().toUpperCase());
        json().body(sameEmail).post("/users").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", equalTo("email is already registered"));

        Map<String, Object> sameUsername = Api.registration("Other");
        sameUsername.put("username", existing.username());
        json().body(sameUsername).post("/users").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", equalTo("username is already taken"));
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "not-an-email");
        body.put("password", "short");
        body.put("name", " ");
        body.put("username", "No Spaces!");
        body.put("avatar", "ftp://example.com/a.png");
        body.put("website", "/relative");
        body.put("bio", "x".repeat(1001));
        json().body(body).post("/users").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://inkwell.dev/problems/validation"))
                .body("status", equalTo(400))
                .body("instance", startsWith("/users#request-id="))
                .body("errors.field", containsInAnyOrder("email", "password", "name", "username", "avatar",
                        "website", "bio"))
                .body("errors.find { it.field == 'email' }.message", equalTo("must be a well-formed email address"));
    }

    @Test
    void length_limits_of_email_name_and_password_bytes_are_enforced() {
        Map<String, Object> longEmail = Api.registration("Long");
        longEmail.put("email", "a".repeat(250) + "@example.com");
        expectFieldError(longEmail, "email");

        Map<String, Object> longName = Api.registration("Long");
        longName.put("name", "n".repeat(101));
        expectFieldError(longName, "name");

        Map<String, Object> seventyThreeBytes = Api.registration("Long");
        seventyThreeBytes.put("password", "é".repeat(36) + "x"); // 37 characters, 73 bytes
        expectFieldError(seventyThreeBytes, "password");

        Map<String, Object> seventyTwoBytes = Api.registration("Edge Bytes");
        seventyTwoBytes.put("password", "é".repeat(36)); // 72 bytes: the most bcrypt reads
        json().body(seventyTwoBytes).post("/users").then().statusCode(201);
        Api.login((String) seventyTwoBytes.get("email"), "é".repeat(36));
    }

    @Test
    void required_fields_missing_is_a_400_and_nothing_is_written() {
        String email = Api.unique("missing") + "@example.com";
        json().body(Map.of("email", email)).post("/users").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("password", "name"));
        assertThat(TestDatabase.sql().count("select count(*) from users where email = ?", email)).isZero();
    }

    // --- GET /users -------------------------------------------------------------------------

    @Test
    void listing_users_is_for_admins_and_moderators_only() {
        json().get("/users").then().statusCode(401).contentType(PROBLEM_JSON);
        TestUser user = Api.register("Curious");
        user.as().get("/users").then().statusCode(403).contentType(PROBLEM_JSON);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().get("/users").then().statusCode(200).body("data", not(empty()));
        asToken(Api.adminToken()).get("/users").then().statusCode(200).body("data[0]", hasKey("email"));
    }

    @Test
    void listing_searches_email_or_name_case_insensitively_newest_first_with_page_meta() {
        String marker = "srch" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> byName = Api.registration("A");
        byName.put("name", "Person " + marker.toUpperCase());
        Map<String, Object> byEmail = Api.registration("B");
        byEmail.put("email", marker + "@example.com");
        Map<String, Object> byBoth = Api.registration("C");
        byBoth.put("name", "Third " + marker);
        String first = json().body(byName).post("/users").then().statusCode(201).extract().path("id");
        String second = json().body(byEmail).post("/users").then().statusCode(201).extract().path("id");
        String third = json().body(byBoth).post("/users").then().statusCode(201).extract().path("id");
        String admin = Api.adminToken();

        asToken(admin).queryParam("search", marker.toUpperCase()).queryParam("limit", 2).get("/users")
                .then().statusCode(200)
                .body("data.id", equalTo(List.of(third, second)))
                .body("meta.page", equalTo(1)).body("meta.limit", equalTo(2))
                .body("meta.total", equalTo(3)).body("meta.pages", equalTo(2));
        asToken(admin).queryParam("search", marker).queryParam("limit", 2).queryParam("page", 2).get("/users")
                .then().statusCode(200).body("data.id", equalTo(List.of(first)));
        asToken(admin).queryParam("search", marker).queryParam("page", 9).get("/users")
                .then().statusCode(200).body("data", empty()).body("meta.total", equalTo(3));
        asToken(admin).queryParam("search", "no-such-" + marker).get("/users")
                .then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0)).body("meta.pages", equalTo(0));
    }

    @Test
    void search_treats_like_wildcards_literally() {
        String admin = Api.adminToken();
        asToken(admin).queryParam("search", "%").get("/users").then().statusCode(200).body("meta.total", equalTo(0));
        asToken(admin).queryParam("search", "_").get("/users").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void bad_paging_parameters_are_400() {
        String admin = Api.adminToken();
        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "101"}, {"page", "0"}, {"page", "-1"},
                {"page", "abc"}, {"limit", "1.5"}}) {
            asToken(admin).queryParam(bad[0], bad[1]).get("/users").then().statusCode(400)
                    .contentType(PROBLEM_JSON).body("errors[0].field", equalTo(bad[0]));
        }
        asToken(admin).queryParam("limit", 100).get("/users").then().statusCode(200);
    }

    // --- GET /users/{id} --------------------------------------------------------------------

    @Test
    void a_users_page_is_public_without_email_and_private_for_self_and_admin() {
        TestUser user = Api.register("Visible");
        TestUser other = Api.register("Onlooker");
        json().get("/users/" + user.id()).then().statusCode(200)
                .body("id", equalTo(user.id())).body("username", equalTo(user.username()))
                .body("$", not(hasKey("email"))).body("recentPosts", empty());
        other.as().get("/users/" + user.id()).then().statusCode(200).body("$", not(hasKey("email")));
        user.as().get("/users/" + user.id()).then().statusCode(200).body("email", equalTo(user.email()));
        asToken(Api.adminToken()).get("/users/" + user.id()).then().statusCode(200).body("email", equalTo(user.email()));
    }

    @Test
    void recent_posts_are_the_five_newest_published_ones_and_drafts_only_for_the_owner() {
        TestUser author = Api.register("Prolific");
        Sql sql = TestDatabase.sql();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        UUID oldest = sql.insertPost(author.id(), "p0", true, t);
        List<String> published = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            published.add(0, sql.insertPost(author.id(), "p" + i, true, t.plusSeconds(i * 60L)).toString());
        }
        UUID draft = sql.insertPost(author.id(), "draft", false, t.plusSeconds(3600));

        json().get("/users/" + author.id()).then().statusCode(200)
                .body("recentPosts", hasSize(5))
                .body("recentPosts.id", equalTo(published))
                .body("recentPosts.published", not(org.hamcrest.Matchers.hasItem(false)))
                .body("recentPosts[0].title", equalTo("p5"))
                .body("recentPosts[0].slug", notNullValue());
        author.as().get("/users/" + author.id()).then().statusCode(200)
                .body("recentPosts[0].id", equalTo(draft.toString()))
                .body("recentPosts[0].published", equalTo(false))
                .body("recentPosts.id", not(org.hamcrest.Matchers.hasItem(oldest.toString())));
    }

    @Test
    void unknown_malformed_and_soft_deleted_ids_are_404_or_400() {
        json().get("/users/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
        json().get("/users/not-a-uuid").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
        TestUser gone = Api.register("Gone");
        gone.as().delete("/users/" + gone.id()).then().statusCode(204);
        json().get("/users/" + gone.id()).then().statusCode(404);
        asToken(Api.adminToken()).get("/users/" + gone.id()).then().statusCode(404);
    }

    // --- PATCH /users/{id} ------------------------------------------------------------------

    @Test
    void the_owner_edits_and_the_profile_is_created_on_first_edit() {
        TestUser user = Api.register("Editor");
        user.as().get("/auth/me").then().body("profile", nullValue());
        String newUsername = Api.unique("renamed");
        user.as().body(Map.of("name", "New Name", "username", newUsername, "website", "https://example.com/me",
                        "role", "ADMIN"))
                .patch("/users/" + user.id()).then().statusCode(200)
                .body("name", equalTo("New Name")).body("username", equalTo(newUsername))
                .body("role", equalTo("USER"))
                .body("profile.website", equalTo("https://example.com/me")).body("profile.bio", nullValue());
        user.as().body(Map.of("bio", "Now with a bio")).patch("/users/" + user.id()).then().statusCode(200)
                .body("name", equalTo("New Name"))
                .body("profile.website", equalTo("https://example.com/me"))
                .body("profile.bio", equalTo("Now with a bio"));
        assertThat(TestDatabase.sql().count("select count(*) from profiles where user_id = ?", UUID.fromString(user.id())))
                .isEqualTo(1);
    }

    @Test
    void an_admin_may_edit_anyone_but_another_user_may_not() {
        TestUser user = Api.register("Target");
        TestUser other = Api.register("Meddler");
        other.as().body(Map.of("name", "Hacked")).patch("/users/" + user.id()).then().statusCode(403)
                .contentType(PROBLEM_JSON);
        other.as().body(Map.of("username", other.username())).patch("/users/" + user.id()).then().statusCode(403);
        json().body(Map.of("name", "Hacked")).patch("/users/" + user.id()).then().statusCode(401);
        asToken(Api.adminToken()).body(Map.of("name", "Fixed By Admin")).patch("/users/" + user.id())
                .then().statusCode(200).body("name", equalTo("Fixed By Admin"));
        asToken(Api.adminToken()).body(Map.of("name", "x")).patch("/users/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void editing_validates_fields_and_username_uniqueness() {
        TestUser user = Api.register("Validator");
        TestUser other = Api.register("Holder");
        user.as().body(Map.of("username", other.username())).patch("/users/" + user.id()).then().statusCode(409);
        user.as().body(Map.of("username", user.username())).patch("/users/" + user.id()).then().statusCode(200);
        user.as().body(Map.of("avatar", "javascript:alert(1)", "name", "")).patch("/users/" + user.id())
                .then().statusCode(400).body("errors.field", containsInAnyOrder("avatar", "name"));
    }

    // --- PUT /users/{id}/role ---------------------------------------------------------------

    @Test
    void only_an_admin_changes_roles_and_only_to_known_roles() {
        TestUser user = Api.register("Role Target");
        TestUser moderator = Api.register("Role Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().body(Map.of("role", "ADMIN")).put("/users/" + user.id() + "/role").then().statusCode(403);
        user.as().body(Map.of("role", "ADMIN")).put("/users/" + user.id() + "/role").then().statusCode(403);
        String admin = Api.adminToken();
        asToken(admin).body(Map.of("role", "SUPERUSER")).put("/users/" + user.id() + "/role").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
        asToken(admin).body(Map.of()).put("/users/" + user.id() + "/role").then().statusCode(400);
        asToken(admin).body(Map.of("role", "MODERATOR")).put("/users/" + UUID.randomUUID() + "/role").then().statusCode(404);
        asToken(admin).body(Map.of("role", "ADMIN")).put("/users/" + user.id() + "/role").then().statusCode(200)
                .body("role", equalTo("ADMIN"));
    }

    // --- DELETE /users/{id} -----------------------------------------------------------------

    @Test
    void soft_delete_hides_the_user_blocks_login_and_frees_email_and_username() {
        TestUser user = Api.register("Leaver");
        user.as().delete("/users/" + user.id()).then().statusCode(204);
        json().get("/users/" + user.id()).then().statusCode(404);
        json().body(Map.of("email", user.email(), "password", PASSWORD)).post("/auth/login").then().statusCode(401);
        asToken(Api.adminToken()).queryParam("search", user.email()).get("/users").then().body("meta.total", equalTo(0));

        Map<String, Object> again = Api.registration("Returner");
        again.put("email", user.email());
        again.put("username", user.username());
        json().body(again).post("/users").then().statusCode(201);
    }

    @Test
    void soft_delete_is_for_the_owner_or_an_admin() {
        TestUser user = Api.register("Protected");
        TestUser other = Api.register("Attacker");
        other.as().delete("/users/" + user.id()).then().statusCode(403);
        json().delete("/users/" + user.id()).then().statusCode(401);
        asToken(Api.adminToken()).delete("/users/" + user.id()).then().statusCode(204);
        asToken(Api.adminToken()).delete("/users/" + user.id()).then().statusCode(404);
    }

    @Test
    void permanent_delete_is_admin_only_and_cascades_to_profile_posts_and_comments() {
        TestUser user = Api.register("Purged");
        TestUser commenter = Api.register("Commenter");
        user.as().body(Map.of("bio", "to be purged")).patch("/users/" + user.id()).then().statusCode(200);
        Sql sql = TestDatabase.sql();
        UUID post = sql.insertPost(user.id(), "doomed", true, Instant.now());
        UUID othersComment = sql.insertComment(post, commenter.id());
        UUID othersPost = sql.insertPost(commenter.id(), "survivor", true, Instant.now());
        sql.insertComment(othersPost, user.id());

        user.as().queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(403);
        asToken(Api.adminToken()).queryParam("permanent", "yes").delete("/users/" + user.id()).then().statusCode(400);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(204);

        UUID id = UUID.fromString(user.id());
        assertThat(sql.count("select count(*) from users where id = ?", id)).isZero();
        assertThat(sql.count("select count(*) from profiles where user_id = ?", id)).isZero();
        assertThat(sql.count("select count(*) from posts where author_id = ?", id)).isZero();
        assertThat(sql.count("select count(*) from comments where author_id = ? or id = ?", id, othersComment)).isZero();
        assertThat(sql.count("select count(*) from posts where id = ?", othersPost)).isEqualTo(1);
    }

    @Test
    void an_admin_can_purge_an_already_soft_deleted_user() {
        TestUser user = Api.register("Twice Gone");
        user.as().delete("/users/" + user.id()).then().statusCode(204);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(204);
        assertThat(TestDatabase.sql().count("select count(*) from users where id = ?", UUID.fromString(user.id()))).isZero();
    }

    private static String registerWithoutUsername(String name) {
        Map<String, Object> body = Api.registration("x");
        body.remove("username");
        body.put("name", name);
        return json().body(body).post("/users").then().statusCode(201).extract().path("username");
    }

    private static void expectFieldError(Map<String, Object> body, String field) {
        json().body(body).post("/users").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of(field)));
    }
}
