package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Posts, slugs and the publish workflow. */
@QuarkusIntegrationTest
class PostsIT {

    @Test
    void a_new_post_is_a_draft_with_an_ascii_slug_from_its_unicode_title() {
        TestUser author = Api.register("Slugger");
        String t = Api.unique("t");
        author.as().body(Map.of("title", "Héllo, Wörld! Ça va? " + t, "content", "Body", "excerpt", "Teaser"))
                .post("/posts").then().statusCode(201)
                .header("Location", endsWith("/posts/hello-world-ca-va-" + t))
                .body("slug", equalTo("hello-world-ca-va-" + t))
                .body("title", equalTo("Héllo, Wörld! Ça va? " + t))
                .body("published", equalTo(false)).body("publishedAt", nullValue())
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"))
                .body("author.id", equalTo(author.id())).body("comments.size()", equalTo(0));
    }

    @Test
    void equal_titles_get_numbered_slugs_and_titles_without_latin_letters_a_random_one() {
        TestUser author = Api.register("Twin");
        String t = Api.unique("twin");
        Post first = Api.createPost(author, "Same " + t);
        Post second = Api.createPost(author, "Same " + t);
        org.assertj.core.api.Assertions.assertThat(List.of(first.slug(), second.slug()))
                .containsExactly("same-" + t, "same-" + t + "-2");
        author.as().body(Map.of("title", "日本語のタイトル", "content", "x")).post("/posts")
                .then().statusCode(201).body("slug", matchesPattern("post-[0-9a-f]{8}"));
    }

    @Test
    void a_draft_is_hidden_from_everyone_but_its_author_and_admins() {
        TestUser author = Api.register("Drafter");
        TestUser other = Api.register("Stranger");
        Post draft = Api.createPost(author, "Secret " + Api.unique("s"));
        json().get("/posts/" + draft.slug()).then().statusCode(404).contentType(PROBLEM_JSON);
        other.as().get("/posts/" + draft.slug()).then().statusCode(404);
        author.as().get("/posts/" + draft.slug()).then().statusCode(200).body("id", equalTo(draft.id()));
        asToken(Api.adminToken()).get("/posts/" + draft.slug()).then().statusCode(200);
        author.as().get("/posts/drafts").then().statusCode(200)
                .body("data.id", contains(draft.id())).body("meta.total", equalTo(1));
    }

    @Test
    void publishing_is_for_the_author_idempotent_and_freezes_the_slug() {
        TestUser author = Api.register("Publisher");
        TestUser other = Api.register("Meddler");
        String t = Api.unique("pub");
        Post post = Api.createPost(author, "Before " + t);
        author.as().body(Map.of("title", "Still draft " + t)).patch("/posts/" + post.id())
                .then().statusCode(200).body("slug", equalTo("still-draft-" + t));

        other.as().post("/posts/" + post.id() + "/publish").then().statusCode(403).contentType(PROBLEM_JSON);
        String publishedAt = author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("published", equalTo(true)).body("publishedAt", notNullValue())
                .extract().path("publishedAt");
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("publishedAt", equalTo(publishedAt));

        author.as().body(Map.of("title", "Renamed " + t)).patch("/posts/" + post.id())
                .then().statusCode(200).body("slug", equalTo("still-draft-" + t)).body("title", equalTo("Renamed " + t));
        json().get("/posts/still-draft-" + t).then().statusCode(200).body("title", equalTo("Renamed " + t));

        author.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(200)
                .body("published", equalTo(false)).body("publishedAt", nullValue())
                .body("slug", equalTo("still-draft-" + t));
        json().get("/posts/still-draft-" + t).then().statusCode(404);
        json().post("/posts/" + UUID.randomUUID() + "/publish").then().statusCode(401);
        author.as().post("/posts/" + UUID.randomUUID() + "/publish").then().statusCode(404);
    }

    @Test
    void editing_is_for_the_owner_and_admins_and_deleting_also_for_moderators() {
        TestUser author = Api.register("Editor");
        TestUser other = Api.register("Vandal");
        TestUser moderator = Api.register("Moderator");
        Api.setRole(moderator, "MODERATOR");
        Post post = Api.publishedPost(author, "Guarded " + Api.unique("g"));

        other.as().body(Map.of("content", "defaced")).patch("/posts/" + post.id()).then().statusCode(403);
        asToken(Api.adminToken()).body(Map.of("content", "Fixed by an admin")).patch("/posts/" + post.id())
                .then().statusCode(200).body("content", equalTo("Fixed by an admin"));
        other.as().delete("/posts/" + post.id()).then().statusCode(403);
        moderator.as().delete("/posts/" + post.id()).then().statusCode(204);
        json().get("/posts/" + post.slug()).then().statusCode(404);
    }

    @Test
    void unknown_categories_are_a_400_naming_them_and_nothing_is_written() {
        TestUser author = Api.register("Careless");
        String unknown = UUID.randomUUID().toString();
        author.as().body(Map.of("title", "Never " + Api.unique("n"), "content", "x", "categoryIds", List.of(unknown)))
                .post("/posts").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("categoryIds"))
                .body("errors[0].message", containsString(unknown));
        author.as().get("/posts/drafts").then().statusCode(200).body("meta.total", equalTo(0));
    }
}
