package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's Comments section over HTTP. */
@QuarkusTest
public class CommentsApiTest {

    Sql sql;
    TestUser author;
    TestUser reader;
    Post post;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Comment Post Author");
        reader = Api.register("Reader");
        post = Api.publishedPost(author, "Commented " + UUID.randomUUID());
    }

    @Test
    void a_comment_is_created_with_its_shape_a_location_and_an_audit_row() {
        String id = reader.as().body(Map.of("content", "Great read!")).post("/posts/" + post.id() + "/comments")
                .then().statusCode(201)
                .body("content", equalTo("Great read!"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("author.id", equalTo(reader.id()))
                .body("author.username", equalTo(reader.username()))
                .body("author.name", equalTo("Reader"))
                .extract().path("id");
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'COMMENT_CREATED'",
                id)).isEqualTo(1);
    }

    @Test
    void a_client_cannot_choose_a_comments_author_post_or_id() {
        TestUser other = Api.register("Impersonated");
        String chosenId = UUID.randomUUID().toString();
        reader.as().body(Map.of("content", "mine", "id", chosenId, "authorId", other.id(),
                        "author", Map.of("id", other.id()), "postId", UUID.randomUUID().toString()))
                .post("/posts/" + post.id() + "/comments").then().statusCode(201)
                .body("id", not(equalTo(chosenId))).body("author.id", equalTo(reader.id()));
        json().get("/posts/" + post.id() + "/comments").then().body("data[0].content", equalTo("mine"));
        reader.as().body(Map.of("content", "x")).patch("/comments/nope").then().statusCode(400);
    }

    @Test
    void the_location_names_the_comment() {
        var response = reader.as().body(Map.of("content", "Located")).post("/posts/" + post.id() + "/comments");
        response.then().statusCode(201).header("Location", endsWith("/comments/" + response.path("id")));
    }

    @Test
    void content_is_1_to_5000_characters_and_comments_need_a_token() {
        reader.as().body(Map.of("content", " ")).post("/posts/" + post.id() + "/comments").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("content"));
        reader.as().body(Map.of("content", "c".repeat(5001))).post("/posts/" + post.id() + "/comments")
                .then().statusCode(400);
        reader.as().body(Map.of()).post("/posts/" + post.id() + "/comments").then().statusCode(400);
        reader.as().body(Map.of("content", "c".repeat(5000))).post("/posts/" + post.id() + "/comments")
                .then().statusCode(201);
        json().body(Map.of("content", "anonymous")).post("/posts/" + post.id() + "/comments").then().statusCode(401);
        assertThat(sql.count("select count(*) from comments where post_id = ?::uuid", post.id())).isEqualTo(1);
    }

    @Test
    void a_draft_takes_no_comments() {
        Post draft = Api.createPost(author, "Draft " + UUID.randomUUID());
        reader.as().body(Map.of("content", "hi")).post("/posts/" + draft.id() + "/comments").then().statusCode(404);
        asToken(Api.adminToken()).body(Map.of("content", "hi")).post("/posts/" + draft.id() + "/comments")
                .then().statusCode(404);
        author.as().body(Map.of("content", "hi")).post("/posts/" + draft.id() + "/comments").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        reader.as().body(Map.of("content", "hi")).post("/posts/" + UUID.randomUUID() + "/comments")
                .then().statusCode(404);
        reader.as().body(Map.of("content", "hi")).post("/posts/nope/comments").then().statusCode(400);
        assertThat(sql.count("select count(*) from comments where post_id = ?::uuid", draft.id())).isZero();
    }

    @Test
    void comments_are_listed_newest_first_with_pages() {
        for (int i = 1; i <= 3; i++) {
            Api.comment(reader, post, "c" + i);
        }
        json().queryParam("limit", 2).get("/posts/" + post.id() + "/comments").then().statusCode(200)
                .body("data.content", contains("c3", "c2"))
                .body("meta.total", equalTo(3)).body("meta.pages", equalTo(2)).body("meta.limit", equalTo(2));
        json().queryParam("limit", 2).queryParam("page", 2).get("/posts/" + post.id() + "/comments").then()
                .statusCode(200).body("data.content", contains("c1"));
        json().queryParam("page", 0).get("/posts/" + post.id() + "/comments").then().statusCode(400);
        json().get("/posts/" + UUID.randomUUID() + "/comments").then().statusCode(404);
    }

    @Test
    void a_drafts_comments_are_hidden_like_the_draft() {
        Api.comment(reader, post, "before unpublish");
        author.as().post("/posts/" + post.id() + "/unpublish").then().statusCode(200);
        json().get("/posts/" + post.id() + "/comments").then().statusCode(404);
        reader.as().get("/posts/" + post.id() + "/comments").then().statusCode(404);
        author.as().get("/posts/" + post.id() + "/comments").then().statusCode(200).body("meta.total", equalTo(1));
        asToken(Api.adminToken()).get("/posts/" + post.id() + "/comments").then().statusCode(200);
    }

    @Test
    void only_the_writer_edits_a_comment() {
        String id = Api.comment(reader, post, "first");
        author.as().body(Map.of("content", "x")).patch("/comments/" + id).then().statusCode(403);
        asToken(Api.adminToken()).body(Map.of("content", "x")).patch("/comments/" + id).then().statusCode(403);
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().body(Map.of("content", "x")).patch("/comments/" + id).then().statusCode(403);
        json().body(Map.of("content", "x")).patch("/comments/" + id).then().statusCode(401);
        reader.as().body(Map.of("content", "")).patch("/comments/" + id).then().statusCode(400);
        reader.as().body(Map.of("content", "edited")).patch("/comments/" + id).then().statusCode(200)
                .body("content", equalTo("edited")).body("id", equalTo(id)).body("author.id", equalTo(reader.id()));
        reader.as().body(Map.of("content", "x")).patch("/comments/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'COMMENT_UPDATED'",
                id)).isEqualTo(1);
    }

    @Test
    void the_writer_the_posts_author_moderators_and_admins_delete_a_comment() {
        TestUser stranger = Api.register("Stranger");
        TestUser moderator = Api.register("Mod");
        Api.setRole(moderator, "MODERATOR");
        String c1 = Api.comment(reader, post, "1");
        stranger.as().delete("/comments/" + c1).then().statusCode(403);
        json().delete("/comments/" + c1).then().statusCode(401);
        reader.as().delete("/comments/" + c1).then().statusCode(204);
        author.as().delete("/comments/" + Api.comment(reader, post, "2")).then().statusCode(204);
        moderator.as().delete("/comments/" + Api.comment(reader, post, "3")).then().statusCode(204);
        asToken(Api.adminToken()).delete("/comments/" + Api.comment(reader, post, "4")).then().statusCode(204);
        reader.as().delete("/comments/" + c1).then().statusCode(404);
        assertThat(sql.count("select count(*) from comments where post_id = ?::uuid", post.id())).isZero();
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'COMMENT_DELETED'",
                c1)).isEqualTo(1);
    }
}
