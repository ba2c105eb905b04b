package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A category's postCount is kept on the category by triggers (migration V4) instead of counted on
 * every read. After every kind of write that can change it, what GET /categories/{slug} says is
 * compared with the count computed the slow way, from the rows themselves.
 */
@QuarkusTest
class CategoryPostCountTest {

    private final String t = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_kept_count_equals_the_counted_one_after_every_kind_of_write() {
        Category java = Api.createCategory("Counted Java " + t, null);
        Category food = Api.createCategory("Counted Food " + t, null);
        TestUser ada = Api.register("Counted Ada");
        TestUser bob = Api.register("Counted Bob");

        Post one = Api.publishedPost(ada, "One " + t, java.id(), food.id());
        Post two = Api.publishedPost(bob, "Two " + t, java.id());
        Post draft = Api.createPost(ada, "Draft " + t, java.id());
        expect(java, 2);
        expect(food, 1);

        ada.as().post("/posts/" + draft.id() + "/publish").then().statusCode(200);
        expect(java, 3);
        ada.as().post("/posts/" + one.id() + "/unpublish").then().statusCode(200);
        expect(java, 2);
        expect(food, 0);
        ada.as().post("/posts/" + one.id() + "/publish").then().statusCode(200);
        expect(food, 1);

        // moved between categories, taken out of all, put back
        bob.as().body(Map.of("categoryIds", List.of(food.id()))).patch("/posts/" + two.id()).then().statusCode(200);
        expect(java, 2);
        expect(food, 2);
        bob.as().body(Map.of("categoryIds", List.of())).patch("/posts/" + two.id()).then().statusCode(200);
        expect(food, 1);
        bob.as().body(Map.of("categoryIds", List.of(java.id(), food.id()))).patch("/posts/" + two.id())
                .then().statusCode(200);
        expect(java, 3);
        expect(food, 2);

        // a published post deleted, an author soft-deleted, another removed for good
        ada.as().delete("/posts/" + draft.id()).then().statusCode(204);
        expect(java, 2);
        asToken(Api.adminToken()).delete("/users/" + bob.id()).then().statusCode(204);
        expect(java, 1);
        expect(food, 1);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + ada.id()).then().statusCode(204);
        expect(java, 0);
        expect(food, 0);
    }

    private static void expect(Category category, int count) {
        int shown = json().get("/categories/" + category.slug()).then().statusCode(200).extract().path("postCount");
        long counted = TestDatabase.sql().count("select count(*) from post_categories pc join posts p on p.id = pc.post_id"
                + " and p.published join users u on u.id = p.author_id and u.deleted_at is null"
                + " where pc.category_id = ?::uuid", category.id());
        assertThat(counted).as("counted from the rows").isEqualTo(count);
        assertThat(shown).as("postCount of " + category.slug()).isEqualTo(count);
    }
}
