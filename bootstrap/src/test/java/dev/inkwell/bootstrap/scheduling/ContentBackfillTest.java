package dev.inkwell.bootstrap.scheduling;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.NoBackgroundJobs;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Posts stored before rendering existed (as migration V8 leaves them: no HTML) are rendered by the
 * background job, touching nothing else; the scheduler is off here so that this test drives the job.
 */
@QuarkusTest
@TestProfile(NoBackgroundJobs.class)
class ContentBackfillTest {

    @Inject
    ContentBackfill backfill;

    private final Sql sql = TestDatabase.sql();

    @Test
    void older_posts_get_their_html_and_reading_time_and_nothing_else_changes() {
        Api.TestUser author = Api.register("Old Author");
        UUID plain = sql.insertPost(author.id(), "Old plain", true, Instant.parse("2025-01-01T00:00:00Z"));
        UUID hostile = sql.insertPost(author.id(), "Old hostile", true, Instant.parse("2025-01-02T00:00:00Z"));
        sql.update("update posts set content = ? where id = ?", "Old **bold** <script>alert(1)</script> "
                + "word ".repeat(460), hostile);
        long version = sql.count("select version from posts where id = ?", hostile);
        String updatedAt = sql.string("select updated_at::text from posts where id = ?", hostile);
        String mine = "select count(*) from post_render_queue where post_id in (?, ?)";
        assertThat(sql.count(mine, plain, hostile)).isEqualTo(2);

        backfill.renderPending();

        assertThat(sql.count(mine, plain, hostile)).isZero();
        assertThat(sql.string("select html from post_contents where post_id = ?", plain)).isEqualTo("<p>content</p>\n");
        assertThat(sql.count("select reading_time_minutes from post_contents where post_id = ?", plain)).isEqualTo(1);
        String html = sql.string("select html from post_contents where post_id = ?", hostile);
        assertThat(html).startsWith("<p>Old <strong>bold</strong>").doesNotContain("<script").doesNotContain("alert");
        assertThat(sql.count("select reading_time_minutes from post_contents where post_id = ?", hostile)).isEqualTo(3);
        assertThat(sql.count("select version from posts where id = ?", hostile)).isEqualTo(version);
        assertThat(sql.string("select updated_at::text from posts where id = ?", hostile)).isEqualTo(updatedAt);
        json().get("/posts/p-" + hostile).then().statusCode(200).body("contentHtml", equalTo(html))
                .body("readingTimeMinutes", equalTo(3));
    }
}
