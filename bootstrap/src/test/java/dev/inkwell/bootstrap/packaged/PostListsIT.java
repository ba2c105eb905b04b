package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list endpoints: filters, full-text search, the keyset feed and the cached popular list. */
@QuarkusIntegrationTest
class PostListsIT {

    @Test
    void published_posts_are_listed_newest_first_and_filtered_by_author_and_category() {
        TestUser author = Api.register("Lister");
        Category category = Api.createCategory("Listed " + Api.unique("c"), null);
        Post first = Api.publishedPost(author, "First " + Api.unique("l"), category.id());
        Post second = Api.publishedPost(author, "Second " + Api.unique("l"));
        Api.createPost(author, "Unpublished " + Api.unique("l"), category.id());

        json().queryParam("author", author.username().toUpperCase()).get("/posts").then().statusCode(200)
                .body("data.id", contains(second.id(), first.id()))
                .body("meta.total", equalTo(2)).body("meta.page", equalTo(1)).body("meta.pages", equalTo(1));
        json().queryParam("author", author.username()).queryParam("limit", 1).queryParam("page", 2).get("/posts")
                .then().statusCode(200).body("data.id", contains(first.id())).body("meta.pages", equalTo(2));
        json().queryParam("category", category.slug()).get("/posts").then().statusCode(200)
                .body("data.id", contains(first.id()))
                .body("data[0].categories.slug", contains(category.slug()));
    }

    @Test
    void full_text_search_ranks_a_title_match_above_a_content_match() {
        TestUser author = Api.register("Searcher");
        String word = "zq" + Api.unique("w").replace("-", "");
        Post inContent = publishedWith(author, "Plain title " + Api.unique("s"), "This text mentions " + word + " once.");
        Post inTitle = publishedWith(author, "All about " + word, "Nothing else here.");
        publishedWith(author, "Unrelated " + Api.unique("s"), "Nothing to find.");

        json().queryParam("q", word).get("/posts").then().statusCode(200)
                .body("data.id", contains(inTitle.id(), inContent.id())).body("meta.total", equalTo(2));
        json().queryParam("q", "\"mentions " + word + "\" -missing").get("/posts").then().statusCode(200)
                .body("data.id", contains(inContent.id()));
    }

    @Test
    void the_feed_pages_with_an_opaque_cursor_to_the_end() {
        TestUser author = Api.register("Feeder");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            published.add(0, Api.publishedPost(author, "Feed item " + Api.unique("f")).id());
        }
        JsonPath page = json().queryParam("limit", 2).get("/posts/feed").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("data.id", String.class)).containsExactly(published.get(0), published.get(1));
        String cursor = page.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        json().queryParam("limit", 2).queryParam("after", cursor).get("/posts/feed").then().statusCode(200)
                .body("data[0].id", equalTo(published.get(2)));
        json().queryParam("after", "garbage").get("/posts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void the_popular_list_is_cached_and_a_new_comment_refreshes_it() {
        TestUser author = Api.register("Popular");
        TestUser reader = Api.register("Reader");
        Post hit = Api.publishedPost(author, "Much discussed " + Api.unique("h"));
        json().get("/posts/popular").then().statusCode(200); // caches a list where it has no comments
        for (int i = 0; i < 15; i++) {
            Api.comment(reader, hit, "Comment " + i);
        }
        json().get("/posts/popular").then().statusCode(200)
                .body("data[0].id", equalTo(hit.id())).body("data[0].commentCount", equalTo(15));
    }

    private static Post publishedWith(TestUser author, String title, String content) {
        var created = author.as().body(Map.of("title", title, "content", content)).post("/posts")
                .then().statusCode(201).extract();
        Post post = new Post(created.path("id"), created.path("slug"));
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        return post;
    }
}
