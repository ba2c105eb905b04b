package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusIntegrationTest
class CategoriesIT {

    @Test
    void admins_build_a_tree_whose_pages_show_children_and_published_post_counts() {
        String t = Api.unique("cat");
        Category parent = Api.createCategory("Sciences Naturelles " + t, null);
        Category child = Api.createCategory("Géologie " + t, parent.id());
        TestUser author = Api.register("Categorised");
        Api.publishedPost(author, "Rocks " + t, parent.id());
        Api.createPost(author, "Draft rocks " + t, parent.id());

        json().get("/categories/" + parent.slug()).then().statusCode(200)
                .body("slug", equalTo("sciences-naturelles-" + t))
                .body("postCount", equalTo(1))
                .body("children.id", contains(child.id()))
                .body("children[0].slug", equalTo("geologie-" + t));
        json().get("/categories").then().statusCode(200)
                .body("data.find { it.id == '" + child.id() + "' }.parentId", equalTo(parent.id()));
    }

    @Test
    void only_admins_write_names_are_unique_and_cycles_are_refused() {
        TestUser user = Api.register("Not Admin");
        String t = Api.unique("only");
        user.as().body(Map.of("name", "Mine " + t)).post("/categories").then().statusCode(403).contentType(PROBLEM_JSON);

        Category top = Api.createCategory("Top " + t, null);
        Category below = Api.createCategory("Below " + t, top.id());
        asToken(Api.adminToken()).body(Map.of("name", "TOP " + t.toUpperCase())).post("/categories")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        asToken(Api.adminToken()).body(Map.of("parentId", below.id())).patch("/categories/" + top.id())
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("parentId"));
        asToken(Api.adminToken()).body(Map.of("name", "Renamed " + t)).patch("/categories/" + top.id())
                .then().statusCode(200).body("slug", equalTo("renamed-" + t));
    }

    @Test
    void deleting_a_category_unlinks_its_posts_and_moves_its_children_up() {
        String t = Api.unique("del");
        Category grand = Api.createCategory("Grand " + t, null);
        Category middle = Api.createCategory("Middle " + t, grand.id());
        Category leaf = Api.createCategory("Leaf " + t, middle.id());
        TestUser author = Api.register("Linked");
        Post post = Api.publishedPost(author, "Filed " + t, middle.id());

        asToken(Api.adminToken()).delete("/categories/" + middle.id()).then().statusCode(204);
        json().get("/categories/" + leaf.slug()).then().statusCode(200).body("parentId", equalTo(grand.id()));
        json().get("/posts/" + post.slug()).then().statusCode(200).body("categories", empty());
        json().get("/categories/" + middle.slug()).then().statusCode(404);

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        asToken(Api.adminToken()).body(toTop).patch("/categories/" + leaf.id()).then().statusCode(200)
                .body("parentId", nullValue());
    }
}
