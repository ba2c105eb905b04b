package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Concurrently;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's Posts section over HTTP: writing, slugs, the publish workflow and permissions. */
@QuarkusTest
public class PostsApiTest {

    Sql sql;
    TestUser author;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Post Author");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_new_post_is_a_draft_with_the_full_shape_a_location_and_an_audit_row() {
        String t = token();
        Category category = Api.createCategory("Cat " + t, null);
        Response response = author.as().body(Map.of("title", "Héllo, Wörld! Ça va? " + t, "content", "Body",
                        "excerpt", "Teaser", "categoryIds", List.of(category.id())))
                .post("/posts");
        response.then().statusCode(201)
                .header("Location", endsWith("/posts/hello-world-ca-va-" + t))
                .body("slug", equalTo("hello-world-ca-va-" + t))
                .body("title", equalTo("Héllo, Wörld! Ça va? " + t))
                .body("content", equalTo("Body"))
                .body("excerpt", equalTo("Teaser"))
                .body("published", equalTo(false))
                .body("publishedAt", nullValue())
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"))
                .body("updatedAt", notNullValue())
                .body("author.id", equalTo(author.id()))
                .body("author.username", equalTo(author.username()))
                .body("author.name", equalTo("Post Author"))
                .body("author.profile", nullValue())
                .body("categories.slug", contains(category.slug()))
                .body("commentCount", equalTo(0))
                .body("comments", empty());
        String id = response.path("id");
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_CREATED'"
                + " and actor_id = ?::uuid", id, author.id())).isEqualTo(1);
    }

    @Test
    void a_client_cannot_set_published_slug_author_or_timestamps() {
        TestUser other = Api.register("Other");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Sneaky " + token());
        body.put("content", "c");
        body.put("published", true);
        body.put("publishedAt", "2020-01-01T00:00:00Z");
        body.put("slug", "chosen-slug");
        body.put("authorId", other.id());
        body.put("id", UUID.randomUUID().toString());
        author.as().body(body).post("/posts").then().statusCode(201)
                .body("published", equalTo(false)).body("publishedAt", nullValue())
                .body("slug", not(equalTo("chosen-slug"))).body("author.id", equalTo(author.id()));
    }

    @Test
    void every_invalid_field_is_reported_at_once_and_nothing_is_written() {
        author.as().body(Map.of("title", " ", "content", "c".repeat(100_001), "excerpt", "e".repeat(501),
                        "categoryIds", List.of("nope")))
                .post("/posts").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("title", "content", "excerpt", "categoryIds[0]"));
        author.as().body(Map.of("title", "t".repeat(201), "content", "c")).post("/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("title")).body("errors[0].message", containsString("200"));
        author.as().body(Map.of("content", "c")).post("/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        author.as().body(Map.of("title", "t")).post("/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("content"));
        author.as().body("{\"title\": \"t\", ").post("/posts").then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(postsBy(author)).isZero();
    }

    @Test
    void the_longest_allowed_fields_are_accepted() {
        author.as().body(Map.of("title", "t".repeat(200), "content", "c".repeat(100_000), "excerpt", "e".repeat(500)))
                .post("/posts").then().statusCode(201).body("slug", matchesPattern("t{80}(-\\d+)?"));
    }

    @Test
    void unknown_category_ids_are_a_400_naming_them_and_write_nothing() {
        Category known = Api.createCategory("Known " + token(), null);
        String unknown = UUID.randomUUID().toString();
        long auditRows = sql.count("select count(*) from audit_events");
        author.as().body(Map.of("title", "Linked " + token(), "content", "c",
                        "categoryIds", List.of(known.id(), unknown)))
                .post("/posts").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("categoryIds"))
                .body("errors[0].message", containsString(unknown))
                .body("errors[0].message", not(containsString(known.id())));
        assertThat(postsBy(author)).isZero();
        assertThat(sql.count("select count(*) from post_categories where category_id = ?::uuid", known.id())).isZero();
        assertThat(sql.count("select count(*) from audit_events")).isEqualTo(auditRows);
    }

    @Test
    void writing_needs_a_token() {
        json().body(Map.of("title", "t", "content", "c")).post("/posts").then().statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void slugs_follow_the_contract_and_collisions_get_suffixes() {
        String t = token();
        assertThat(Api.createPost(author, "Same Title " + t).slug()).isEqualTo("same-title-" + t);
        assertThat(Api.createPost(author, "Same title! " + t).slug()).isEqualTo("same-title-" + t + "-2");
        assertThat(Api.createPost(author, "SAME — title " + t).slug()).isEqualTo("same-title-" + t + "-3");
        assertThat(Api.createPost(author, "!!!").slug()).matches("post-[0-9a-f]{8}");
        assertThat(Api.createPost(author, "日本語").slug()).matches("post-[0-9a-f]{8}");
    }

    @Test
    void twenty_concurrent_creates_with_one_title_get_twenty_distinct_slugs() throws Exception {
        String title = "Race " + token();
        List<Integer> statuses = new java.util.ArrayList<>();
        List<String> slugs = Concurrently.run(20, i -> () -> {
            Response r = author.as().body(Map.of("title", title, "content", "c" + i)).post("/posts");
            synchronized (statuses) {
                statuses.add(r.statusCode());
            }
            return r.statusCode() == 201 ? r.<String>path("slug") : null;
        });
        assertThat(statuses).containsOnly(201);
        Set<String> distinct = new HashSet<>(slugs);
        assertThat(distinct).hasSize(20);
        String base = title.toLowerCase().replace(' ', '-');
        assertThat(distinct).contains(base, base + "-2", base + "-20");
    }

    @Test
    void a_draft_is_404_for_everyone_but_its_author_and_admins() {
        Post draft = Api.createPost(author, "Draft " + token());
        TestUser other = Api.register("Other");
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        json().get("/posts/" + draft.slug()).then().statusCode(404).contentType(PROBLEM_JSON);
        other.as().get("/posts/" + draft.slug()).then().statusCode(404);
        moderator.as().get("/posts/" + draft.slug()).then().statusCode(404);
        author.as().get("/posts/" + draft.slug()).then().statusCode(200).body("id", equalTo(draft.id()));
        asToken(Api.adminToken()).get("/posts/" + draft.slug()).then().statusCode(200);
        json().get("/posts/no-such-post-" + token()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void publishing_is_for_the_author_only_and_idempotent() {
        Post post = Api.createPost(author, "Publish me " + token());
        TestUser other = Api.register("Other");
        other.as().post("/posts/" + post.id() + "/publish").then().statusCode(403).contentType(PROBLEM_JSON);
        asToken(Api.adminToken()).post("/posts/" + post.id() + "/publish").then().statusCode(403);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().post("/posts/" + post.id() + "/publish").then().statusCode(403);
        json().post("/posts/" + post.id() + "/publish").then().statusCode(401);
        String publishedAt = author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("published", equalTo(true)).extract().path("publishedAt");
        assertThat(publishedAt).isNotNull();
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("publishedAt", equalTo(publishedAt));
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_PUBLISHED'",
                post.id())).isEqualTo(1);
        json().get("/posts/" + post.slug()).then().statusCode(200).body("published", equalTo(true));
        author.as().post("/posts/" + UUID.randomUUID() + "/publish").then().statusCode(404);
        author.as().post("/posts/not-a-uuid/publish").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void unpublishing_is_for_the_author_and_admins_and_a_new_publish_takes_a_new_time() throws Exception {
        Post post = Api.publishedPost(author, "Unpublish me " + token());
        String first = json().get("/posts/" + post.slug()).then().extract().path("publishedAt");
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(403);
        json().post("/posts/" + post.id() + "/unpublish").then().statusCode(401);
        Api.register("Other").as().post("/posts/" + post.id() + "/unpublish").then().statusCode(403);
        asToken(Api.adminToken()).post("/posts/" + post.id() + "/unpublish").then().statusCode(200)
                .body("published", equalTo(false)).body("publishedAt", nullValue());
        author.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(200).body("published", equalTo(false));
        json().get("/posts/" + post.slug()).then().statusCode(404);
        Thread.sleep(5);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("publishedAt", not(equalTo(first))).body("slug", equalTo(post.slug()));
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_UNPUBLISHED'",
                post.id())).isEqualTo(1);
    }

    @Test
    void a_drafts_slug_follows_its_title_and_a_published_slug_never_changes() {
        String t = token();
        Post post = Api.createPost(author, "Before " + t);
        author.as().body(Map.of("title", "After " + t)).patch("/posts/" + post.id()).then().statusCode(200)
                .body("slug", equalTo("after-" + t)).body("title", equalTo("After " + t));
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        author.as().body(Map.of("title", "Renamed " + t)).patch("/posts/" + post.id()).then().statusCode(200)
                .body("slug", equalTo("after-" + t)).body("title", equalTo("Renamed " + t));
        author.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(200);
        author.as().body(Map.of("title", "Again " + t)).patch("/posts/" + post.id()).then().statusCode(200)
                .body("slug", equalTo("after-" + t));
        json().get("/posts/before-" + t).then().statusCode(404);
    }

    @Test
    void editing_is_for_the_author_and_admins_and_changes_only_what_is_sent() {
        Category a = Api.createCategory("Edit A " + token(), null);
        Post post = Api.createPost(author, "Editable " + token(), a.id());
        author.as().body(Map.of("excerpt", "An excerpt")).patch("/posts/" + post.id()).then().statusCode(200);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().body(Map.of("title", "Hijacked")).patch("/posts/" + post.id()).then().statusCode(403);
        Api.register("Other").as().body(Map.of("title", "Hijacked")).patch("/posts/" + post.id()).then().statusCode(403);
        json().body(Map.of("title", "Hijacked")).patch("/posts/" + post.id()).then().statusCode(401);
        asToken(Api.adminToken()).body(Map.of("content", "Fixed by an admin", "categoryIds", List.of()))
                .patch("/posts/" + post.id()).then().statusCode(200)
                .body("content", equalTo("Fixed by an admin")).body("categories", empty())
                .body("excerpt", equalTo("An excerpt")).body("title", containsString("Editable"));
        author.as().body(Map.of("excerpt", "")).patch("/posts/" + post.id()).then().statusCode(200)
                .body("excerpt", nullValue());
        author.as().body(Map.of("title", "Changed", "categoryIds", List.of(UUID.randomUUID().toString())))
                .patch("/posts/" + post.id()).then().statusCode(400);
        author.as().get("/posts/" + post.slug()).then().statusCode(200).body("title", containsString("Editable"));
        author.as().body(Map.of("title", "")).patch("/posts/" + post.id()).then().statusCode(400);
        author.as().body(Map.of("title", "x")).patch("/posts/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_UPDATED'",
                post.id())).isEqualTo(3);
    }

    @Test
    void the_author_a_moderator_or_an_admin_deletes_and_comments_and_links_go_too() {
        Category c = Api.createCategory("Del " + token(), null);
        Post post = Api.publishedPost(author, "Delete me " + token(), c.id());
        TestUser reader = Api.register("Reader");
        Api.comment(reader, post, "Nice");
        reader.as().delete("/posts/" + post.id()).then().statusCode(403);
        json().delete("/posts/" + post.id()).then().statusCode(401);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().delete("/posts/" + post.id()).then().statusCode(204);
        json().get("/posts/" + post.slug()).then().statusCode(404);
        assertThat(sql.count("select count(*) from comments where post_id = ?::uuid", post.id())).isZero();
        assertThat(sql.count("select count(*) from post_categories where post_id = ?::uuid", post.id())).isZero();
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_DELETED'"
                + " and actor_id = ?::uuid", post.id(), moderator.id())).isEqualTo(1);
        author.as().delete("/posts/" + post.id()).then().statusCode(404);
        author.as().delete("/posts/" + Api.createPost(author, "Mine " + token()).id()).then().statusCode(204);
        asToken(Api.adminToken()).delete("/posts/" + Api.createPost(author, "Admin's " + token()).id())
                .then().statusCode(204);
    }

    /** curl and the Swagger UI send no Content-Type on requests without a body. */
    @Test
    void bodiless_requests_need_no_content_type() {
        Post post = Api.createPost(author, "Bare " + token());
        TestUser reader = Api.register("Bare Reader");
        bare(author).post("/posts/" + post.id() + "/publish").then().statusCode(200);
        String comment = Api.comment(reader, post, "bare");
        bare(reader).delete("/comments/" + comment).then().statusCode(204);
        bare(author).post("/posts/" + post.id() + "/unpublish").then().statusCode(200);
        io.restassured.RestAssured.given().get("/posts/feed").then().statusCode(200);
        bare(author).delete("/posts/" + post.id()).then().statusCode(204);
        Category category = Api.createCategory("Bare " + token(), null);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Api.adminToken())
                .delete("/categories/" + category.id()).then().statusCode(204);
        bare(reader).delete("/users/" + reader.id()).then().statusCode(204);
    }

    private static io.restassured.specification.RequestSpecification bare(TestUser user) {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + user.token());
    }

    @Test
    void drafts_lists_the_callers_drafts_only() {
        Post mine = Api.createPost(author, "My draft " + token());
        Api.publishedPost(author, "My published " + token());
        Api.createPost(Api.register("Other"), "Their draft " + token());
        author.as().get("/posts/drafts").then().statusCode(200)
                .body("data.id", contains(mine.id())).body("meta.total", equalTo(1));
        json().get("/posts/drafts").then().statusCode(401);
        author.as().queryParam("limit", 0).get("/posts/drafts").then().statusCode(400);
    }

    @Test
    void a_post_called_like_a_fixed_path_stays_reachable() {
        Post feed = Api.publishedPost(author, "Feed");
        assertThat(feed.slug()).startsWith("feed-");
        json().get("/posts/" + feed.slug()).then().statusCode(200).body("id", equalTo(feed.id()));
    }

    @Test
    void the_page_shows_the_authors_profile_and_the_20_newest_comments() {
        author.as().body(Map.of("bio", "I write.")).patch("/users/" + author.id()).then().statusCode(200);
        Post post = Api.publishedPost(author, "Busy " + token());
        TestUser reader = Api.register("Reader");
        for (int i = 1; i <= 21; i++) {
            Api.comment(reader, post, "comment " + i);
        }
        json().get("/posts/" + post.slug()).then().statusCode(200)
                .body("author.profile.bio", equalTo("I write."))
                .body("commentCount", equalTo(21))
                .body("comments.size()", equalTo(20))
                .body("comments[0].content", equalTo("comment 21"))
                .body("comments[19].content", equalTo("comment 2"))
                .body("comments[0].author.username", equalTo(reader.username()))
                .body("comments[0].createdAt", notNullValue());
    }

    @Test
    void a_soft_deleted_users_posts_and_comments_vanish_from_public_reads() {
        TestUser leaving = Api.register("Leaving");
        Post theirs = Api.publishedPost(leaving, "Leaving soon " + token());
        Post mine = Api.publishedPost(author, "Staying " + token());
        Api.comment(leaving, mine, "bye");
        Api.comment(author, mine, "stay");
        leaving.as().delete("/users/" + leaving.id()).then().statusCode(204);
        json().get("/posts/" + theirs.slug()).then().statusCode(404);
        json().queryParam("author", leaving.username()).get("/posts").then().statusCode(200)
                .body("meta.total", equalTo(0));
        json().get("/posts/" + mine.slug()).then().statusCode(200)
                .body("commentCount", equalTo(1)).body("comments.content", contains("stay"));
        json().get("/posts/" + mine.id() + "/comments").then().statusCode(200)
                .body("meta.total", equalTo(1)).body("data.content", contains("stay"));
        json().queryParam("limit", 100).get("/posts/feed").then().statusCode(200)
                .body("data.id", not(hasItem(theirs.id())));
        json().get("/posts/popular").then().statusCode(200).body("data.id", not(hasItem(theirs.id())));
    }

    private long postsBy(TestUser user) {
        return sql.count("select count(*) from posts where author_id = ?::uuid", user.id());
    }
}
