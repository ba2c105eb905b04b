package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.out.DuePosts;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.NoBackgroundJobs;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import dev.inkwell.domain.post.PostId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's and the renderer's work lists ({@code post_schedule}, {@code post_render_queue},
 * V8) follow the posts through every way a post changes, kept by a trigger: the claims read them,
 * so a post missing from them would never be published or rendered.
 */
@QuarkusTest
@TestProfile(NoBackgroundJobs.class) // the jobs would empty the lists while this test looks at them
class PostWorkListsTest {

    @Inject
    DuePosts due;
    @Inject
    UnrenderedPosts unrendered;

    private final Sql sql = TestDatabase.sql();

    private long scheduled(String postId) {
        return sql.count("select count(*) from post_schedule where post_id = ?::uuid", postId);
    }

    private long queued(Object postId) {
        return sql.count("select count(*) from post_render_queue where post_id = ?::uuid", postId.toString());
    }

    @Test
    void the_schedule_follows_schedule_move_unschedule_publish_and_delete() {
        TestUser author = Api.register("Listed Author");
        Post post = Api.createPost(author, "Listed " + UUID.randomUUID());
        assertThat(scheduled(post.id())).isZero();
        String at = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS).toString();
        author.as().body(Map.of("publishAt", at)).post("/posts/" + post.id() + "/schedule").then().statusCode(200);
        assertThat(sql.string("select publish_at = ?::timestamptz from post_schedule where post_id = ?::uuid", at,
                post.id())).isEqualTo("t");
        String later = Instant.now().plusSeconds(7200).truncatedTo(ChronoUnit.MILLIS).toString();
        author.as().body(Map.of("publishAt", later)).post("/posts/" + post.id() + "/schedule").then().statusCode(200);
        assertThat(sql.string("select publish_at = ?::timestamptz from post_schedule where post_id = ?::uuid", later,
                post.id())).isEqualTo("t");
        author.as().body(Map.of("title", "Edited while scheduled")).patch("/posts/" + post.id()).then().statusCode(200);
        assertThat(scheduled(post.id())).isEqualTo(1);
        author.as().post("/posts/" + post.id() + "/unschedule").then().statusCode(200);
        assertThat(scheduled(post.id())).isZero();
        author.as().body(Map.of("publishAt", at)).post("/posts/" + post.id() + "/schedule").then().statusCode(200);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        assertThat(scheduled(post.id())).isZero();

        Post deleted = Api.createPost(author, "Deleted " + UUID.randomUUID());
        author.as().body(Map.of("publishAt", at)).post("/posts/" + deleted.id() + "/schedule").then().statusCode(200);
        author.as().delete("/posts/" + deleted.id()).then().statusCode(204);
        assertThat(scheduled(deleted.id())).isZero();
    }

    @Test
    void a_due_post_is_claimed_through_the_schedule_and_published_posts_are_not() {
        TestUser author = Api.register("Due Author");
        UUID post = sql.insertPost(author.id(), "Due", false, Instant.now().minusSeconds(60));
        sql.update("update posts set scheduled_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), post);
        assertThat(scheduled(post.toString())).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> due.claimDue(Instant.now(), 10_000)))
                .contains(new PostId(post));
    }

    @Test
    void content_changed_by_an_older_version_of_the_service_loses_its_html_and_is_queued_again() {
        TestUser author = Api.register("Upgrading Author");
        Post post = Api.createPost(author, "Rolling " + UUID.randomUUID());
        assertThat(sql.count("select count(*) from post_contents where post_id = ?::uuid", post.id())).isEqualTo(1);
        // what a pre-V8 instance does on an edit: it writes the content and knows nothing of post_contents
        sql.update("update posts set content = 'changed by an old instance' where id = ?::uuid", post.id());
        assertThat(sql.count("select count(*) from post_contents where post_id = ?::uuid", post.id())).isZero();
        assertThat(queued(post.id())).isEqualTo(1);
        // the same title again through the service: it renders the content it loaded
        author.as().body(Map.of("content", "changed by a new instance")).patch("/posts/" + post.id()).then()
                .statusCode(200).body("contentHtml", org.hamcrest.Matchers.equalTo("<p>changed by a new instance</p>\n"));
        assertThat(queued(post.id())).isZero();
        assertThat(sql.string("select html from post_contents where post_id = ?::uuid", post.id()))
                .isEqualTo("<p>changed by a new instance</p>\n");
    }

    @Test
    void a_post_without_html_is_queued_until_rendered_and_posts_written_by_the_service_never_are() {
        TestUser author = Api.register("Queued Author");
        UUID old = sql.insertPost(author.id(), "Old style", true, Instant.now().minusSeconds(60));
        assertThat(queued(old)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> unrendered.claimUnrendered(null, 10_000)))
                .extracting(UnrenderedPosts.Unrendered::id).contains(new PostId(old));
        Post fresh = Api.createPost(author, "Rendered on write " + UUID.randomUUID());
        assertThat(queued(fresh.id())).isZero();
        // an edit renders a queued post and takes it off the queue, as the background job would
        author.as().body(Map.of("title", "Old style, edited")).patch("/posts/" + old).then().statusCode(200);
        assertThat(queued(old)).isZero();
        assertThat(sql.string("select html from post_contents where post_id = ?", old)).isEqualTo("<p>content</p>\n");
    }
}
