package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's Categories section over HTTP. */
@QuarkusTest
public class CategoriesApiTest {

    Sql sql;
    String t;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        t = UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> body(String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return body;
    }

    @Test
    void an_admin_creates_a_category_with_a_slug_from_its_name() {
        var response = asToken(Api.adminToken()).body(body("Crème Brûlée " + t, null)).post("/categories");
        response.then().statusCode(201)
                .header("Location", endsWith("/categories/creme-brulee-" + t))
                .body("name", equalTo("Crème Brûlée " + t)).body("slug", equalTo("creme-brulee-" + t))
                .body("parentId", nullValue()).body("postCount", equalTo(0));
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'CATEGORY_CREATED'",
                response.<String>path("id"))).isEqualTo(1);
    }

    @Test
    void a_client_cannot_choose_a_categorys_id_slug_or_count_and_malformed_ids_are_400s() {
        Map<String, Object> body = body("Chosen " + t, null);
        body.put("id", UUID.randomUUID().toString());
        body.put("slug", "chosen-slug-" + t);
        body.put("postCount", 99);
        String admin = Api.adminToken();
        asToken(admin).body(body).post("/categories").then().statusCode(201)
                .body("id", not(equalTo(body.get("id")))).body("slug", equalTo("chosen-" + t))
                .body("postCount", equalTo(0));
        asToken(admin).body(Map.of("name", "x")).patch("/categories/nope").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        asToken(admin).delete("/categories/nope").then().statusCode(400);
        Category c = Api.createCategory("Moved " + t, null);
        asToken(admin).body(Map.of("parentId", UUID.randomUUID().toString())).patch("/categories/" + c.id())
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        json().get("/categories/" + c.slug()).then().body("parentId", nullValue());
    }

    @Test
    void only_admins_change_categories() {
        TestUser user = Api.register("User");
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        Category c = Api.createCategory("Guarded " + t, null);
        for (TestUser who : List.of(user, moderator)) {
            who.as().body(body("Nope " + t, null)).post("/categories").then().statusCode(403).contentType(PROBLEM_JSON);
            who.as().body(Map.of("name", "Nope")).patch("/categories/" + c.id()).then().statusCode(403);
            who.as().delete("/categories/" + c.id()).then().statusCode(403);
        }
        json().body(body("Nope " + t, null)).post("/categories").then().statusCode(401);
        json().body(Map.of("name", "Nope")).patch("/categories/" + c.id()).then().statusCode(401);
        json().delete("/categories/" + c.id()).then().statusCode(401);
        json().get("/categories/" + c.slug()).then().statusCode(200).body("name", equalTo("Guarded " + t));
    }

    @Test
    void duplicate_names_and_slugs_conflict_and_a_parent_must_exist() {
        Api.createCategory("Java " + t, null);
        String admin = Api.adminToken();
        asToken(admin).body(body("JAVA " + t, null)).post("/categories").then().statusCode(409).contentType(PROBLEM_JSON);
        asToken(admin).body(body("Java! " + t, null)).post("/categories").then().statusCode(409);
        asToken(admin).body(body("Orphan " + t, UUID.randomUUID().toString())).post("/categories").then()
                .statusCode(400).body("errors[0].field", equalTo("parentId"));
        asToken(admin).body(body("Orphan " + t, "nope")).post("/categories").then().statusCode(400);
        asToken(admin).body(body(" ", null)).post("/categories").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        asToken(admin).body(body("n".repeat(101), null)).post("/categories").then().statusCode(400);
        json().get("/categories/orphan-" + t).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void a_category_shows_its_children_and_counts_published_posts_only() {
        Category parent = Api.createCategory("Parent " + t, null);
        Category child = Api.createCategory("Child " + t, parent.id());
        TestUser author = Api.register("Author");
        Api.publishedPost(author, "Filed " + t, parent.id());
        Api.createPost(author, "Draft filed " + t, parent.id());
        json().get("/categories/" + parent.slug()).then().statusCode(200)
                .body("postCount", equalTo(1))
                .body("children.id", contains(child.id()))
                .body("children[0].parentId", equalTo(parent.id()));
        json().get("/categories").then().statusCode(200)
                .body("data.slug", hasItem(child.slug()))
                .body("data.find { it.id == '" + parent.id() + "' }.postCount", equalTo(1));
    }

    @Test
    void all_categories_are_listed_by_name() {
        Api.createCategory("b-sort " + t, null);
        Api.createCategory("A-sort " + t, null);
        Api.createCategory("c-sort " + t, null);
        List<String> names = json().get("/categories").then().statusCode(200).extract().path("data.name");
        List<String> mine = names.stream().filter(n -> n.endsWith(t)).toList();
        assertThat(mine).containsExactly("A-sort " + t, "b-sort " + t, "c-sort " + t);
    }

    @Test
    void renaming_moves_the_slug_and_moves_cannot_make_cycles() {
        Category a = Api.createCategory("Aa " + t, null);
        Category b = Api.createCategory("Bb " + t, a.id());
        String admin = Api.adminToken();
        asToken(admin).body(Map.of("name", "Renamed " + t)).patch("/categories/" + b.id()).then().statusCode(200)
                .body("slug", equalTo("renamed-" + t)).body("parentId", equalTo(a.id()));
        asToken(admin).body(Map.of("parentId", b.id())).patch("/categories/" + a.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        asToken(admin).body(Map.of("parentId", a.id())).patch("/categories/" + a.id()).then().statusCode(400);
        asToken(admin).body(body(null, null)).patch("/categories/" + b.id()).then().statusCode(200)
                .body("parentId", nullValue()).body("name", equalTo("Renamed " + t));
        asToken(admin).body(Map.of("name", "x")).patch("/categories/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'CATEGORY_UPDATED'",
                b.id())).isEqualTo(2);
    }

    @Test
    void two_concurrent_moves_can_not_make_a_cycle_together() throws Exception {
        String admin = Api.adminToken();
        for (int round = 0; round < 5; round++) {
            Category a = Api.createCategory("Cycle A " + round + " " + t, null);
            Category b = Api.createCategory("Cycle B " + round + " " + t, null);
            List<Integer> statuses = dev.inkwell.bootstrap.support.Concurrently.run(2, i -> () -> asToken(admin)
                    .body(Map.of("parentId", i == 0 ? b.id() : a.id()))
                    .patch("/categories/" + (i == 0 ? a.id() : b.id())).statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        }
    }

    @Test
    void deleting_unlinks_posts_and_moves_children_to_the_parent() {
        Category top = Api.createCategory("Top " + t, null);
        Category middle = Api.createCategory("Middle " + t, top.id());
        Category leaf = Api.createCategory("Leaf " + t, middle.id());
        TestUser author = Api.register("Author");
        Post post = Api.publishedPost(author, "Linked " + t, middle.id());
        asToken(Api.adminToken()).delete("/categories/" + middle.id()).then().statusCode(204);
        json().get("/categories/" + middle.slug()).then().statusCode(404);
        json().get("/categories/" + top.slug()).then().statusCode(200).body("children.id", contains(leaf.id()));
        json().get("/posts/" + post.slug()).then().statusCode(200).body("categories", empty());
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'CATEGORY_DELETED'",
                middle.id())).isEqualTo(1);
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'CATEGORY_UPDATED'",
                leaf.id())).isEqualTo(1);
        asToken(Api.adminToken()).delete("/categories/" + top.id()).then().statusCode(204);
        json().get("/categories/" + leaf.slug()).then().statusCode(200).body("parentId", nullValue());
        json().get("/categories").then().body("data.id", not(hasItem(top.id())));
    }
}
