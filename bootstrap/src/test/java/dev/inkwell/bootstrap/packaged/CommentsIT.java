package dev.inkwell.bootstrap.packaged;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusIntegrationTest
class CommentsIT {

    @Test
    void comments_are_created_listed_newest_first_and_shown_on_the_post() throws InterruptedException {
        TestUser author = Api.register("Commented");
        TestUser reader = Api.register("Commenter");
        Post post = Api.publishedPost(author, "Discuss " + Api.unique("c"));
        reader.as().body(Map.of("content", "Première remarque 👍")).post("/posts/" + post.id() + "/comments")
                .then().statusCode(201)
                .body("content", equalTo("Première remarque 👍")).body("author.id", equalTo(reader.id()))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue());
        Thread.sleep(2);
        String second = Api.comment(author, post, "Second");

        json().get("/posts/" + post.id() + "/comments").then().statusCode(200)
                .body("data[0].id", equalTo(second)).body("meta.total", equalTo(2));
        json().get("/posts/" + post.slug()).then().statusCode(200)
                .body("comments.content", containsInAnyOrder("Première remarque 👍", "Second"));
        json().body(Map.of("content", "anonymous")).post("/posts/" + post.id() + "/comments").then().statusCode(401);
    }

    @Test
    void a_draft_takes_no_comments_from_others() {
        TestUser author = Api.register("Unready");
        TestUser reader = Api.register("Eager");
        Post draft = Api.createPost(author, "Not yet " + Api.unique("d"));
        reader.as().body(Map.of("content", "first!")).post("/posts/" + draft.id() + "/comments")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void only_the_writer_edits_and_the_posts_author_may_delete() {
        TestUser author = Api.register("Host");
        TestUser writer = Api.register("Guest");
        TestUser other = Api.register("Troll");
        Post post = Api.publishedPost(author, "Moderated " + Api.unique("m"));
        String comment = Api.comment(writer, post, "Original");

        other.as().body(Map.of("content", "changed")).patch("/comments/" + comment).then().statusCode(403);
        author.as().body(Map.of("content", "changed")).patch("/comments/" + comment).then().statusCode(403);
        writer.as().body(Map.of("content", "Edited")).patch("/comments/" + comment).then().statusCode(200)
                .body("content", equalTo("Edited"));
        other.as().delete("/comments/" + comment).then().statusCode(403);
        author.as().delete("/comments/" + comment).then().statusCode(204);
        json().get("/posts/" + post.id() + "/comments").then().statusCode(200)
                .body("data", empty()).body("meta.total", equalTo(0));
    }

    @Test
    void an_empty_comment_is_a_400_on_content() {
        TestUser author = Api.register("Silent");
        Post post = Api.publishedPost(author, "Quiet " + Api.unique("q"));
        author.as().body(Map.of("content", "   ")).post("/posts/" + post.id() + "/comments")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("content"));
    }
}
