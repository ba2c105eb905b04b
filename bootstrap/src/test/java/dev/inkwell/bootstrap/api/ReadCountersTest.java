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
import java.util.List;
import java.util.Map;
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

    /**
     * Part 2's kept numbers (tags, favorites, followers and followings) and the links' copies of
     * their post (author, publication time) after tagging, retagging, publishing, unpublishing,
     * deleting, favoriting, following and users leaving (soft) and being removed (for good).
     */
    @Test
    void tags_favorites_follows_and_the_links_copies_stay_exact_after_every_kind_of_write() {
        TestUser ada = Api.register("Social Ada");
        TestUser bob = Api.register("Social Bob");
        TestUser cy = Api.register("Social Cy");
        String tag = "kept-" + t;
        Post one = post(ada, "Social one " + t, List.of(tag, tag + "-x"), true);
        Post two = post(bob, "Social two " + t, List.of(tag), true);
        Post draft = post(ada, "Social draft " + t, List.of(tag), false);
        expectTag(tag, 2);
        ada.as().post("/posts/" + draft.id() + "/publish").then().statusCode(200);
        expectTag(tag, 3);
        ada.as().post("/posts/" + one.id() + "/unpublish").then().statusCode(200);
        expectTag(tag, 2);
        ada.as().post("/posts/" + one.id() + "/publish").then().statusCode(200);
        ada.as().body(Map.of("tags", List.of(tag + "-x"))).patch("/posts/" + one.id()).then().statusCode(200);
        // the list shows a post's tags from its kept copy: the edit is there at once
        json().queryParam("tag", tag + "-x").get("/posts").then().statusCode(200)
                .body("data[0].tags", org.hamcrest.Matchers.contains(tag + "-x"));
        assertConsistent();
        expectTag(tag, 2);
        expectTag(tag + "-x", 1);
        for (TestUser fan : List.of(bob, cy)) {
            fan.as().post("/posts/" + one.id() + "/favorite").then().statusCode(200);
            fan.as().post("/users/" + ada.id() + "/follow").then().statusCode(200);
        }
        ada.as().post("/users/" + bob.id() + "/follow").then().statusCode(200);
        cy.as().post("/posts/" + two.id() + "/favorite").then().statusCode(200);
        assertConsistent();
        asToken(Api.adminToken()).delete("/users/" + cy.id()).then().statusCode(204);
        assertConsistent();
        json().get("/users/" + ada.id()).then().body("followersCount", org.hamcrest.Matchers.equalTo(1));
        asToken(Api.adminToken()).delete("/users/" + bob.id()).then().statusCode(204);
        expectTag(tag, 1); // bob's post left every read
        assertConsistent();
        ada.as().delete("/posts/" + draft.id()).then().statusCode(204);
        expectTag(tag, 0);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + cy.id()).then().statusCode(204);
        asToken(Api.adminToken()).queryParam("permanent", "true").delete("/users/" + ada.id()).then().statusCode(204);
        assertConsistent();
        // what the triggers kept is what the repair computes: it finds nothing to change
        sql.update("update tags set post_count = post_count + 3 where name = ?", tag + "-x");
        sql.update("update posts set tags = '{tampered}' where id = ?::uuid", two.id());
        sql.count("select count(*) from (select inkwell_recount()) r");
        assertConsistent();
    }

    private Post post(TestUser author, String title, List<String> tags, boolean publish) {
        var created = author.as().body(Map.of("title", title, "content", "c", "tags", tags)).post("/posts").then()
                .statusCode(201).extract();
        Post post = new Post(created.path("id"), created.path("slug"));
        if (publish) {
            author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        }
        return post;
    }

    /** The tag's kept count, as GET /tags and the tag filter's total show it, against the rows. */
    private void expectTag(String tag, int count) {
        long counted = sql.count("select count(*) from post_tags pt join posts p on p.id = pt.post_id and p.published"
                + " join users u on u.id = p.author_id and u.deleted_at is null where pt.tag = ?", tag);
        assertThat(counted).as("counted from the rows").isEqualTo(count);
        int total = json().queryParam("tag", tag).get("/posts").then().statusCode(200).extract().path("meta.total");
        assertThat(total).as("total of ?tag=" + tag).isEqualTo(count);
        List<String> shown = json().get("/tags").then().statusCode(200).extract().path("data.name");
        assertThat(shown.contains(tag)).as("GET /tags shows " + tag).isEqualTo(count > 0);
    }

    /** Every kept number of V6 and every link's copy of its post, against the rows, whole database. */
    private void assertConsistent() {
        assertThat(sql.count("select count(*) from tags t where t.post_count <> (select count(*) from post_tags pt"
                + " join posts p on p.id = pt.post_id and p.published join users u on u.id = p.author_id"
                + " and u.deleted_at is null where pt.tag = t.name)")).as("tags with a wrong count").isZero();
        assertThat(sql.count("select count(*) from posts p where p.favorites_count <> (select count(*) from favorites v"
                + " join users u on u.id = v.user_id and u.deleted_at is null where v.post_id = p.id)"))
                .as("posts with a wrong favorites count").isZero();
        assertThat(sql.count("select count(*) from users x where x.followers_count <> (select count(*) from follows f"
                + " join users u on u.id = f.follower_id and u.deleted_at is null where f.followee_id = x.id)"
                + " or x.following_count <> (select count(*) from follows f join users u on u.id = f.followee_id"
                + " and u.deleted_at is null where f.follower_id = x.id)")).as("users with wrong follow counts").isZero();
        assertThat(sql.count("select count(*) from posts p where p.tags is distinct from (select"
                + " coalesce(array_agg(pt.tag order by pt.tag collate \"C\"), '{}') from post_tags pt"
                + " where pt.post_id = p.id)")).as("posts whose tag list is not their post_tags").isZero();
        for (String link : List.of("post_categories", "post_tags", "favorites")) {
            assertThat(sql.count("select count(*) from " + link + " l join posts p on p.id = l.post_id"
                    + " where l.post_author_id <> p.author_id or l.post_published_at is distinct from"
                    + " case when p.published then p.published_at end")).as(link + " rows with a stale copy").isZero();
        }
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
