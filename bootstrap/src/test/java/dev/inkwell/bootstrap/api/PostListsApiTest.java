package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /posts with its filters and full-text search, the keyset feed and the cached popular list. */
@QuarkusTest
@SuppressWarnings("unchecked") // JSON objects read back as maps
public class PostListsApiTest {

    Sql sql;
    TestUser author;
    String t;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Lister");
        t = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void only_published_posts_newest_publishedAt_first_with_page_meta() throws Exception {
        Post first = Api.publishedPost(author, "First " + t);
        Thread.sleep(3);
        Api.createPost(author, "Draft " + t);
        Post second = Api.publishedPost(author, "Second " + t);
        Thread.sleep(3);
        Post third = Api.publishedPost(author, "Third " + t);
        json().queryParam("author", author.username()).get("/posts").then().statusCode(200)
                .body("data.id", contains(third.id(), second.id(), first.id()))
                .body("meta.total", equalTo(3)).body("meta.page", equalTo(1)).body("meta.limit", equalTo(10))
                .body("meta.pages", equalTo(1))
                .body("data[0].author.username", equalTo(author.username()))
                .body("data[0].content", nullValue());
        json().queryParam("author", author.username()).queryParam("limit", 2).queryParam("page", 2).get("/posts")
                .then().statusCode(200).body("data.id", contains(first.id())).body("meta.pages", equalTo(2));
        json().queryParam("author", author.username().toUpperCase()).get("/posts").then().statusCode(200)
                .body("meta.total", equalTo(3));
        json().queryParam("author", "nobody-" + t).get("/posts").then().statusCode(200)
                .body("meta.total", equalTo(0)).body("meta.pages", equalTo(0));
    }

    @Test
    void list_items_are_post_summaries_and_a_posts_page_adds_content_profile_and_comments() {
        Category category = Api.createCategory("Shape " + t, null);
        Post post = Api.publishedPost(author, "Shape " + t, category.id());
        Api.comment(Api.register("Shape Reader"), post, "shaped");
        List<String> summary = List.of("id", "title", "slug", "excerpt", "published", "publishedAt", "createdAt",
                "updatedAt", "author", "categories", "commentCount",
                // Part 2: Tags, Follows and favorites; Post status, scheduling and revisions
                "tags", "favoritesCount", "favorited", "status", "scheduledAt");
        Map<String, Object> item = json().queryParam("author", author.username()).get("/posts").then()
                .statusCode(200).extract().path("data[0]");
        assertThat(item).containsOnlyKeys(summary);
        assertThat((Map<String, Object>) item.get("author")).containsOnlyKeys("id", "username", "name", "following");
        assertThat(((List<Map<String, Object>>) item.get("categories")).get(0)).containsOnlyKeys("id", "name", "slug");
        Map<String, Object> detail = json().get("/posts/" + post.slug()).then().statusCode(200).extract().path("");
        List<String> detailKeys = new ArrayList<>(summary);
        detailKeys.addAll(List.of("content", "comments", "contentHtml", "readingTimeMinutes")); // + Content format
        assertThat(detail).containsOnlyKeys(detailKeys);
        assertThat((Map<String, Object>) detail.get("author")).containsOnlyKeys("id", "username", "name", "following",
                "profile");
        assertThat(((List<Map<String, Object>>) detail.get("comments")).get(0))
                .containsOnlyKeys("id", "content", "createdAt", "author");
        for (String list : List.of("/posts/feed", "/posts/popular")) {
            Map<String, Object> first = json().queryParam("limit", 1).get(list).then().statusCode(200)
                    .extract().path("data[0]");
            assertThat(first).as(list).containsOnlyKeys(summary);
        }
    }

    @Test
    void bad_paging_parameters_are_400s() {
        for (Map<String, Object> q : List.<Map<String, Object>>of(Map.of("limit", 0), Map.of("limit", 101),
                Map.of("page", 0), Map.of("page", -1), Map.of("page", "abc"), Map.of("limit", "1.5"))) {
            json().queryParams(q).get("/posts").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        }
    }

    @Test
    void the_category_filter_takes_a_slug() {
        Category java = Api.createCategory("Java " + t, null);
        Category go = Api.createCategory("Go " + t, null);
        Post inJava = Api.publishedPost(author, "About Java " + t, java.id());
        Post inBoth = Api.publishedPost(author, "About both " + t, java.id(), go.id());
        Api.publishedPost(author, "About Go " + t, go.id());
        json().queryParam("category", java.slug()).get("/posts").then().statusCode(200)
                .body("data.id", contains(inBoth.id(), inJava.id()))
                .body("data[0].categories.slug", contains(go.slug(), java.slug()));
        json().queryParam("category", java.slug().toUpperCase()).get("/posts").then().statusCode(200)
                .body("meta.total", equalTo(2));
        json().queryParam("category", "no-such-category-" + t).get("/posts").then().statusCode(200)
                .body("meta.total", equalTo(0));
    }

    @Test
    void full_text_search_ranks_title_matches_above_content_matches() {
        String word = "zephyr" + t.replaceAll("[0-9]", "");
        Post inContent = Api.createPost(author, "Plain title " + t);
        author.as().body(Map.of("content", "A story about the " + word + " wind.")).patch("/posts/" + inContent.id())
                .then().statusCode(200);
        author.as().post("/posts/" + inContent.id() + "/publish").then().statusCode(200);
        Post inTitle = Api.publishedPost(author, "The " + word + " " + t);
        Post neither = Api.publishedPost(author, "Unrelated " + t);
        json().queryParam("q", word).get("/posts").then().statusCode(200)
                .body("data.id", contains(inTitle.id(), inContent.id()))
                .body("meta.total", equalTo(2));
        json().queryParam("q", word + " -wind").get("/posts").then().statusCode(200)
                .body("data.id", contains(inTitle.id()));
        json().queryParam("q", "\"" + word + " wind\"").get("/posts").then().statusCode(200)
                .body("data.id", contains(inContent.id()));
        json().queryParam("q", word).queryParam("author", author.username()).get("/posts").then()
                .body("data.id", not(hasItem(neither.id())));
        json().queryParam("q", "the").get("/posts").then().statusCode(200).body("meta.total", equalTo(0));
        json().queryParam("q", "((( ! & |").get("/posts").then().statusCode(200);
    }

    @Test
    void the_feed_walks_every_published_post_once_even_while_posts_are_published() throws Exception {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(Api.publishedPost(author, "Feed item " + i + " " + t).id());
            Thread.sleep(2); // distinct publishedAt milliseconds, so that creation order is feed order
        }
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = json().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/posts/feed").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("data.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            for (String id : ids) {
                assertThat(seen.add(id)).as("seen twice: " + id).isTrue();
                order.add(id);
            }
            cursor = page.getString("nextCursor");
            if (pages == 0) {
                Api.publishedPost(author, "Published meanwhile " + t); // must not shift the pages that follow
            }
            pages++;
        } while (cursor != null && pages < 10_000);
        assertThat(cursor).isNull();
        List<String> mine = order.stream().filter(published::contains).toList();
        List<String> newestFirst = new ArrayList<>(published);
        java.util.Collections.reverse(newestFirst);
        assertThat(mine).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void a_feed_cursor_must_be_one_the_service_issued() {
        json().queryParam("after", "garbage").get("/posts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        json().queryParam("limit", 0).get("/posts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        json().queryParam("limit", 1).get("/posts/feed").then().statusCode(200).body("data.size()", equalTo(1));
    }

    @Test
    void popular_posts_are_the_most_commented_cached_and_refreshed_by_comment_changes() {
        TestUser reader = Api.register("Reader");
        Post hot = Api.publishedPost(author, "Hot " + t);
        Post hotter = Api.publishedPost(author, "Hotter " + t);
        for (int i = 0; i < 400; i++) {
            sql.insertComment(UUID.fromString(hot.id()), reader.id());
        }
        for (int i = 0; i < 11; i++) { // more candidates than the list holds
            sql.insertPost(author.id(), "Candidate " + i + " " + t, true, java.time.Instant.now());
        }
        String trigger = Api.comment(reader, hot, "via the API: drops the cache");
        json().get("/posts/popular").then().statusCode(200)
                .body("data[0].id", equalTo(hot.id())).body("data[0].commentCount", equalTo(401))
                .body("data.size()", equalTo(10));
        for (int i = 0; i < 500; i++) {
            sql.insertComment(UUID.fromString(hotter.id()), reader.id());
        }
        json().get("/posts/popular").then().body("data[0].id", equalTo(hot.id())); // cached: SQL bypassed the service
        reader.as().delete("/comments/" + trigger).then().statusCode(204);
        json().get("/posts/popular").then().body("data[0].id", equalTo(hotter.id()))
                .body("data[1].id", equalTo(hot.id()));
        author.as().post("/posts/" + hotter.id() + "/unpublish").then().statusCode(200);
        json().get("/posts/popular").then().body("data[0].id", equalTo(hot.id()));
        author.as().delete("/posts/" + hot.id()).then().statusCode(204);
        json().get("/posts/popular").then().body("data.id", not(hasItem(hot.id())));
        author.as().post("/posts/" + hotter.id() + "/publish").then().statusCode(200);
        json().get("/posts/popular").then().body("data[0].id", equalTo(hotter.id())); // publishing dropped the cache
        author.as().delete("/posts/" + hotter.id()).then().statusCode(204);
    }
}
