package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The numbers that migration V5 keeps by triggers instead of counting on every read — a post's
 * {@code commentCount}, the total of {@code GET /posts} and of {@code ?author=} — are compared,
 * after every kind of write that can change them, with the same numbers counted the slow way from
 * the rows. Then {@code inkwell_recount()} (the repair the bulk load uses) must find nothing to fix.
 */
@QuarkusTest
class ReadCountersTest {

    private final String t = UUID.randomUUID().toString().substring(0, 8);
    private final Sql sql = TestDatabase.sql();

    @Test
    void the_kept_numbers_equal_the_counted_ones_after_every_kind_of_write() {
        TestUser ada = Api.register("Kept Ada");
        TestUser bob = Api.register("Kept Bob");
        TestUser cy = Api.register("Kept Cy");

        Post one = Api.publishedPost(ada, "Kept one " + t);
        Post two = Api.publishedPost(bob, "Kept two " + t);
        Post draft = Api.createPost(ada, "Kept draft " + t);
        expectTotals(ada, 1);
        expectTotals(bob, 1);

        Api.comment(bob, one, "first");
        Api.comment(cy, one, "second");
        String cys = Api.comment(cy, two, "third");
        expectComments(one, 2);
        expectComments(two, 1);
        cy.as().delete("/comments/" + cys).then().statusCode(204);
        expectComments(two, 0);

        ada.as().post("/posts/" + draft.id() + "/publish").then().statusCode(200);
        expectTotals(ada, 2);
        ada.as().post("/posts/" + one.id() + "/unpublish").then().statusCode(200);
        expectTotals(ada, 1);
        ada.as().post("/posts/" + one.id() + "/publish").then().statusCode(200);
        expectTotals(ada, 2);
        ada.as().delete("/posts/" + draft.id()).then().statusCode(204);
        expectTotals(ada, 1);

        // a commenter soft-deleted: their comments stop counting; an author soft-deleted: their posts
        asToken(Api.adminToken()).delete("/users/" + cy.id()).then().statusCode(204);
        expectComments(one, 1);
        asToken(Api.adminToken()).delete("/users/" + bob.id()).then().statusCode(204);
        expectComments(one, 0);
        expectTotals(ada, 1);
        assertThat(sql.count("select published_post_count from users where id = ?::uuid", bob.id()))
                .as("a soft-deleted author keeps their own number").isEqualTo(1);
        // removed for good, with the comments and posts that go with them
        Api.comment(ada, one, "own comment");
        expectComments(one, 1);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + ada.id()).then().statusCode(204);
        expectTotals(null, 0);

        assertThat(sql.count("select count(*) from (select inkwell_recount()) r")).isEqualTo(1);
        assertThat(sql.count("select count(*) from posts where comment_count <> (select count(*) from comments c"
                + " join users u on u.id = c.author_id and u.deleted_at is null where c.post_id = posts.id)"))
                .as("posts whose kept comment count is wrong").isZero();
    }

    @Test
    void the_repair_puts_back_a_number_that_was_tampered_with() {
        TestUser ada = Api.register("Tampered Ada");
        Post post = Api.publishedPost(ada, "Tampered " + t);
        Api.comment(ada, post, "one");
        sql.update("update posts set comment_count = 7 where id = ?::uuid", post.id());
        sql.update("update users set published_post_count = 9 where id = ?::uuid", ada.id());
        sql.update("update post_totals set published_count = published_count + 5");

        sql.count("select count(*) from (select inkwell_recount()) r");

        expectComments(post, 1);
        expectTotals(ada, 1);
    }

    /** The post's commentCount in its page, in the list and in the comments' total; and the rows. */
    private void expectComments(Post post, int count) {
        long counted = sql.count("select count(*) from comments c join users u on u.id = c.author_id"
                + " and u.deleted_at is null where c.post_id = ?::uuid", post.id());
        assertThat(counted).as("counted from the rows").isEqualTo(count);
        int shown = json().get("/posts/" + post.slug()).then().statusCode(200).extract().path("commentCount");
        assertThat(shown).as("commentCount of " + post.slug()).isEqualTo(count);
        int total = json().get("/posts/" + post.id() + "/comments").then().statusCode(200).extract().path("meta.total");
        assertThat(total).as("total of the comments page").isEqualTo(count);
    }

    /** GET /posts' total and the author's (when given) against the rows. */
    private void expectTotals(TestUser author, int authorsPosts) {
        long all = sql.count("select count(*) from posts p join users u on u.id = p.author_id"
                + " and u.deleted_at is null where p.published");
        JsonPath list = json().get("/posts?limit=1").then().statusCode(200).extract().jsonPath();
        assertThat(list.getLong("meta.total")).as("GET /posts total").isEqualTo(all);
        long pastTheEnd = json().get("/posts?page=100000").then().statusCode(200).extract().jsonPath()
                .getLong("meta.total");
        assertThat(pastTheEnd).as("total of an empty page past the end").isEqualTo(all);
        if (author == null) {
            return;
        }
        assertThat(sql.count("select count(*) from posts where author_id = ?::uuid and published", author.id()))
                .as("counted from the rows").isEqualTo(authorsPosts);
        int shown = json().get("/posts?author=" + author.username()).then().statusCode(200).extract()
                .path("meta.total");
        assertThat(shown).as("GET /posts?author= total").isEqualTo(authorsPosts);
    }
}
