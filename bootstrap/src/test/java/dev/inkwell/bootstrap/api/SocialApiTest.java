package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Part 2 of the contract in Inkwell's own API: Tags, and Follows and favorites. */
@QuarkusTest
public class SocialApiTest {

    static Post taggedPost(TestUser author, String title, List<String> tags, boolean publish) {
        var response = author.as().body(Map.of("title", title, "content", "Content of " + title, "tags", tags))
                .post("/posts").then().statusCode(201).extract();
        Post post = new Post(response.path("id"), response.path("slug"));
        if (publish) {
            author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        }
        return post;
    }

    @Test
    void tags_are_normalised_merged_sorted_and_replaced_as_a_whole() {
        TestUser author = Api.register("Tagger");
        String t = UUID.randomUUID().toString().substring(0, 6);
        Post post = taggedPost(author, "Tagged", List.of("Java " + t, "java " + t, "  Quarkus" + t, "c#" + t), false);
        json().get("/posts/" + post.slug()).then().statusCode(404); // a draft
        author.as().get("/posts/" + post.slug()).then().statusCode(200)
                .body("tags", contains("c#" + t, "java " + t, "quarkus" + t));
        author.as().body(Map.of("tags", List.of("Only" + t))).patch("/posts/" + post.id()).then().statusCode(200)
                .body("tags", contains("only" + t));
        author.as().body(Map.of("title", "Renamed")).patch("/posts/" + post.id()).then().statusCode(200)
                .body("tags", contains("only" + t));
        author.as().body(Map.of("tags", List.of())).patch("/posts/" + post.id()).then().statusCode(200)
                .body("tags", empty());
    }

    @Test
    void a_bad_tag_or_too_many_is_a_400_that_names_tags_and_writes_nothing() {
        TestUser author = Api.register("Bad Tagger");
        Api.assertProblem(author.as().body(Map.of("title", "T", "content", "c", "tags", List.of("ok", "not/ok")))
                .post("/posts"), 400, "validation");
        author.as().body(Map.of("title", "T", "content", "c", "tags", List.of("x".repeat(31)))).post("/posts").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("tags"));
        author.as().body(Map.of("title", "T", "content", "c", "tags",
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))).post("/posts").then().statusCode(400);
        author.as().get("/posts/drafts").then().body("meta.total", equalTo(0));
    }

    @Test
    void the_tag_filter_and_the_tag_cloud_count_published_posts_only() {
        TestUser author = Api.register("Cloud");
        String common = Api.unique("common");
        String rare = Api.unique("rare");
        Post a = taggedPost(author, "A", List.of(common), true);
        String marker = "quasar" + common.replaceAll("[^a-z]", "");
        Post b = taggedPost(author, "B " + marker, List.of(common, rare), true);
        taggedPost(author, "Draft", List.of(common, rare), false);
        json().queryParam("tag", common.toUpperCase()).get("/posts").then().statusCode(200)
                .body("data.slug", contains(b.slug(), a.slug())).body("meta.total", equalTo(2));
        json().queryParam("tag", rare).queryParam("author", author.username()).get("/posts").then()
                .body("data.slug", contains(b.slug())).body("meta.total", equalTo(1));
        // the tag filter combines with a search as with an author
        json().queryParam("tag", common).queryParam("q", marker).get("/posts").then().statusCode(200)
                .body("data.slug", contains(b.slug())).body("meta.total", equalTo(1));
        List<String> cloud = json().get("/tags").then().statusCode(200)
                .body("data.find { it.name == '" + common + "' }.postCount", equalTo(2))
                .body("data.find { it.name == '" + rare + "' }.postCount", equalTo(1))
                .extract().path("data.name");
        assertThat(cloud.indexOf(common)).as("most used first").isLessThan(cloud.indexOf(rare));
        List<Integer> counts = json().get("/tags").then().extract().path("data.postCount");
        assertThat(counts).as("by post count, descending").isSortedAccordingTo(Comparator.reverseOrder());
        author.as().delete("/posts/" + b.id()).then().statusCode(204);
        json().get("/tags").then().body("data.name", not(hasItem(rare)));
        json().queryParam("limit", 0).get("/tags").then().statusCode(400).contentType(PROBLEM_JSON);
        json().queryParam("limit", 101).get("/tags").then().statusCode(400).contentType(PROBLEM_JSON);
        json().queryParam("limit", 1).get("/tags").then().statusCode(200).body("data.size()", equalTo(1));
    }

    @Test
    void follows_are_idempotent_counted_and_shown_to_the_follower() {
        TestUser ada = Api.register("Ada Follows");
        TestUser bob = Api.register("Bob Followed");
        for (int i = 0; i < 2; i++) {
            ada.as().post("/users/" + bob.id() + "/follow").then().statusCode(200)
                    .body("following", equalTo(true)).body("followersCount", equalTo(1));
        }
        ada.as().get("/users/" + bob.id()).then().body("following", equalTo(true)).body("followersCount", equalTo(1))
                .body("followingCount", equalTo(0));
        json().get("/users/" + bob.id()).then().body("$", not(org.hamcrest.Matchers.hasKey("following")));
        ada.as().get("/auth/me").then().body("followingCount", equalTo(1));
        Api.assertProblem(ada.as().post("/users/" + ada.id() + "/follow"), 400, "validation");
        Api.assertProblem(ada.as().post("/users/" + UUID.randomUUID() + "/follow"), 404, "not-found");
        json().post("/users/" + bob.id() + "/follow").then().statusCode(401);
        for (int i = 0; i < 2; i++) {
            ada.as().delete("/users/" + bob.id() + "/follow").then().statusCode(200)
                    .body("following", equalTo(false)).body("followersCount", equalTo(0));
        }
    }

    @Test
    void the_following_feed_and_the_authors_following_flag() {
        TestUser reader = Api.register("Feed Reader");
        TestUser followed = Api.register("Feed Author");
        TestUser other = Api.register("Feed Other");
        Post first = taggedPost(followed, "First", List.of(), true);
        taggedPost(other, "Other", List.of(), true);
        Post second = taggedPost(followed, "Second", List.of(), true);
        reader.as().post("/users/" + followed.id() + "/follow").then().statusCode(200);
        var slice = reader.as().queryParam("limit", 1).get("/posts/following").then().statusCode(200)
                .body("data.slug", contains(second.slug())).body("data[0].author.following", equalTo(true)).extract();
        reader.as().queryParam("after", (String) slice.path("nextCursor")).get("/posts/following").then()
                .body("data.slug", contains(first.slug())).body("nextCursor", nullValue());
        json().get("/posts/following").then().statusCode(401);
        reader.as().queryParam("author", other.username()).get("/posts").then()
                .body("data[0].author.following", equalTo(false));
        json().queryParam("author", followed.username()).get("/posts").then()
                .body("data[0].author.following", equalTo(false));
    }

    @Test
    void favorites_are_idempotent_on_visible_posts_and_filter_by_who_favorited() {
        TestUser fan = Api.register("Fan");
        TestUser author = Api.register("Favorite Author");
        Post post = taggedPost(author, "Loved", List.of(), true);
        Post draft = taggedPost(author, "Hidden", List.of(), false);
        for (int i = 0; i < 2; i++) {
            fan.as().post("/posts/" + post.id() + "/favorite").then().statusCode(200)
                    .body("favorited", equalTo(true)).body("favoritesCount", equalTo(1));
        }
        Api.assertProblem(fan.as().post("/posts/" + draft.id() + "/favorite"), 404, "not-found");
        fan.as().get("/posts/" + post.slug()).then().body("favorited", equalTo(true)).body("favoritesCount", equalTo(1));
        json().get("/posts/" + post.slug()).then().body("favorited", equalTo(false)).body("favoritesCount", equalTo(1));
        json().queryParam("favoritedBy", fan.username()).get("/posts").then().body("data.slug", contains(post.slug()))
                .body("meta.total", equalTo(1));
        fan.as().delete("/posts/" + post.id() + "/favorite").then().statusCode(200)
                .body("favorited", equalTo(false)).body("favoritesCount", equalTo(0));
        json().queryParam("favoritedBy", fan.username()).get("/posts").then().body("data", empty());
    }

    @Test
    void a_soft_deleted_users_follows_and_favorites_stop_counting() {
        TestUser leaving = Api.register("Leaving");
        TestUser author = Api.register("Left Behind");
        Post post = taggedPost(author, "Once loved", List.of(), true);
        leaving.as().post("/users/" + author.id() + "/follow").then().statusCode(200);
        leaving.as().post("/posts/" + post.id() + "/favorite").then().statusCode(200);
        leaving.as().delete("/users/" + leaving.id()).then().statusCode(204);
        json().get("/users/" + author.id()).then().body("followersCount", equalTo(0));
        json().get("/posts/" + post.slug()).then().body("favoritesCount", equalTo(0));
    }
}
