package dev.inkwell.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's "HTTP caching": strong ETags, 304s, Cache-Control and Vary on every public read. */
@QuarkusTest
public class HttpCachingTest {

    TestUser author;
    Post post;

    @BeforeEach
    void setUp() {
        author = Api.register("Cached");
        post = Api.publishedPost(author, "Cached " + Api.unique(""));
    }

    private List<String> publicReads() {
        return List.of("/posts", "/posts?limit=5&author=" + author.username(), "/posts/" + post.slug(), "/posts/feed",
                "/posts/popular", "/categories", "/tags", "/feeds/posts.atom", "/feeds/posts.rss?tag=x",
                "/sitemap.xml", "/sitemap-0.xml");
    }

    /** As a browser, a feed reader or a crawler asks: any type. */
    private static Response get(RequestSpecification spec, String path) {
        return spec.accept("*/*").get(path);
    }

    @Test
    void every_public_read_has_a_strong_etag_and_answers_a_matching_if_none_match_with_an_empty_304() {
        for (String path : publicReads()) {
            Response first = get(Api.json(), path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String tag = first.header("ETag");
            assertThat(tag).as(path).matches("\"[0-9a-f]{32}\"");
            assertThat(first.header("Cache-Control")).as(path).isEqualTo("public, max-age=30");
            assertThat(first.header("Vary")).as(path).contains("Authorization");

            Response again = get(Api.json().header("If-None-Match", tag), path);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.asByteArray()).as(path).isEmpty();
            assertThat(again.header("ETag")).as(path).isEqualTo(tag);
            assertThat(again.header("Cache-Control")).as(path).isEqualTo("public, max-age=30");

            // a weak form of the same tag, a list naming it and * match too (RFC 9110: weak comparison)
            assertThat(get(Api.json().header("If-None-Match", "W/" + tag), path).statusCode()).isEqualTo(304);
            assertThat(get(Api.json().header("If-None-Match", "\"other\", " + tag), path).statusCode()).isEqualTo(304);
            assertThat(get(Api.json().header("If-None-Match", "*"), path).statusCode()).isEqualTo(304);
            Response other = get(Api.json().header("If-None-Match", "\"0123\""), path);
            assertThat(other.statusCode()).as(path).isEqualTo(200);
            assertThat(other.asByteArray()).isEqualTo(first.asByteArray());
        }
    }

    @Test
    void answers_for_a_caller_with_a_token_are_private() {
        for (String path : publicReads()) {
            Response signedIn = get(author.as(), path);
            assertThat(signedIn.statusCode()).as(path).isEqualTo(200);
            assertThat(signedIn.header("Cache-Control")).as(path).isEqualTo("private");
            assertThat(signedIn.header("Vary")).as(path).contains("Authorization");
            assertThat(signedIn.header("ETag")).as(path).isNotNull();
            assertThat(get(author.as().header("If-None-Match", signedIn.header("ETag")), path).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void the_etag_changes_with_the_representation_and_only_then() {
        Supplier<String> postTag = () -> Api.json().get("/posts/" + post.slug()).header("ETag");
        String before = postTag.get();
        assertThat(postTag.get()).isEqualTo(before);
        Api.comment(author, post, "changes the page");
        String after = postTag.get();
        assertThat(after).isNotEqualTo(before);
        assertThat(Api.json().header("If-None-Match", before).get("/posts/" + post.slug()).statusCode()).isEqualTo(200);

        String listTag = Api.json().queryParam("author", author.username()).get("/posts").header("ETag");
        author.as().body(java.util.Map.of("title", "Cached, renamed")).patch("/posts/" + post.id()).then().statusCode(200);
        assertThat(Api.json().queryParam("author", author.username()).header("If-None-Match", listTag).get("/posts")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_feed_is_tagged_from_what_it_is_made_of_and_the_tag_follows_every_part_it_shows() {
        String feed = "/feeds/posts.atom?author=" + author.username();
        Supplier<String> tag = () -> get(Api.json(), feed).header("ETag");
        String first = tag.get();
        assertThat(tag.get()).isEqualTo(first);
        author.as().body(java.util.Map.of("excerpt", "now with an excerpt")).patch("/posts/" + post.id()).then()
                .statusCode(200);
        String edited = tag.get();
        assertThat(edited).isNotEqualTo(first);
        author.as().body(java.util.Map.of("name", "Cached Renamed")).patch("/users/" + author.id()).then()
                .statusCode(200); // the author's name is in every entry, and does not touch the post
        String renamed = tag.get();
        assertThat(renamed).isNotEqualTo(edited);
        assertThat(get(Api.json().header("If-None-Match", edited), feed).statusCode()).isEqualTo(200);
        Response notModified = get(Api.json().header("If-None-Match", renamed), feed);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(notModified.header("Vary")).contains("Authorization");
        assertThat(get(Api.json(), "/feeds/posts.rss?author=" + author.username()).header("ETag")).isNotEqualTo(renamed);
    }

    @Test
    void reads_that_are_not_public_and_errors_carry_no_etag() {
        Response drafts = author.as().get("/posts/drafts");
        assertThat(drafts.statusCode()).isEqualTo(200);
        assertThat(drafts.header("ETag")).isNull();
        Response missing = Api.json().get("/posts/no-such-post-at-all");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("ETag")).isNull();
        assertThat(missing.header("Cache-Control")).isNotEqualTo("public, max-age=30");
        assertThat(Api.json().header("If-None-Match", "*").get("/posts/no-such-post-at-all").statusCode()).isEqualTo(404);
    }
}
