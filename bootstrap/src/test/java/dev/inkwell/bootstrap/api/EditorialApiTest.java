package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.assertProblem;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's "Post status, scheduling and revisions" and "Content format" over HTTP. */
@QuarkusTest
public class EditorialApiTest {

    Sql sql;
    TestUser author;
    TestUser stranger;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Editor");
        stranger = Api.register("Stranger");
    }

    private static String t() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String inSeconds(long seconds) {
        return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private Response schedule(TestUser who, String postId, Object publishAt) {
        return who.as().body(Map.of("publishAt", publishAt)).post("/posts/" + postId + "/schedule");
    }

    private long revisions(String postId) {
        return sql.count("select count(*) from post_revisions where post_id = ?::uuid", postId);
    }

    // --- scheduling -------------------------------------------------------------------------------

    @Test
    void a_draft_is_scheduled_with_its_status_and_time_and_every_post_shows_its_status() {
        Post post = Api.createPost(author, "Scheduled " + t());
        author.as().get("/posts/" + post.slug()).then().statusCode(200)
                .body("status", equalTo("draft")).body("scheduledAt", nullValue()).body("published", equalTo(false));
        String at = inSeconds(3600);
        schedule(author, post.id(), at).then().statusCode(200)
                .body("status", equalTo("scheduled")).body("scheduledAt", equalTo(at))
                .body("published", equalTo(false)).body("publishedAt", nullValue());
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_SCHEDULED'"
                + " and actor_id = ?::uuid", post.id(), author.id())).isEqualTo(1);

        author.as().queryParam("limit", 100).get("/posts/drafts").then().statusCode(200)
                .body("data.find { it.id == '" + post.id() + "' }.status", equalTo("scheduled"))
                .body("data.find { it.id == '" + post.id() + "' }.scheduledAt", equalTo(at));

        String later = inSeconds(7200);
        schedule(author, post.id(), later).then().statusCode(200).body("scheduledAt", equalTo(later));

        Post published = Api.publishedPost(author, "Out " + t());
        json().get("/posts/" + published.slug()).then().statusCode(200)
                .body("status", equalTo("published")).body("scheduledAt", nullValue());
    }

    @Test
    void a_time_in_the_past_or_more_than_a_year_ahead_or_unreadable_is_a_400_that_changes_nothing() {
        Post post = Api.createPost(author, "Bounded " + t());
        long audit = sql.count("select count(*) from audit_events where entity_id = ?::uuid", post.id());
        for (Object bad : List.of(inSeconds(-60), Instant.now().plus(Duration.ofDays(366)).toString(), "tomorrow",
                "2030-01-01T10:00:00", "")) {
            Response response = schedule(author, post.id(), bad);
            assertProblem(response, 400, "validation");
            response.then().body("errors[0].field", equalTo("publishAt"));
        }
        assertProblem(author.as().body(Map.of()).post("/posts/" + post.id() + "/schedule"), 400, "validation");
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid", post.id())).isEqualTo(audit);
        author.as().get("/posts/" + post.slug()).then().body("status", equalTo("draft"));
        schedule(author, post.id(), 1234).then().statusCode(400);
        // an offset is understood (and the time answered in UTC); up to a year ahead is allowed
        OffsetDateTime inParis = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        String answered = schedule(author, post.id(), inParis.toString()).then().statusCode(200).extract()
                .path("scheduledAt");
        assertThat(answered).endsWith("Z");
        assertThat(Instant.parse(answered)).isEqualTo(inParis.toInstant());
        schedule(author, post.id(), Instant.now().plus(Duration.ofDays(364)).toString()).then().statusCode(200);
    }

    @Test
    void only_the_author_schedules_a_published_post_is_409_and_an_unknown_id_404() {
        Post post = Api.createPost(author, "Guarded " + t());
        assertProblem(schedule(stranger, post.id(), inSeconds(600)), 403, "forbidden");
        assertProblem(schedule(stranger, post.id(), inSeconds(-600)), 403, "forbidden");
        assertProblem(Api.asToken(Api.adminToken()).body(Map.of("publishAt", inSeconds(600)))
                .post("/posts/" + post.id() + "/schedule"), 403, "forbidden");
        assertProblem(schedule(author, UUID.randomUUID().toString(), inSeconds(600)), 404, "not-found");
        json().body(Map.of("publishAt", inSeconds(600))).post("/posts/" + post.id() + "/schedule").then()
                .statusCode(401);
        Post published = Api.publishedPost(author, "Already out " + t());
        assertProblem(schedule(author, published.id(), inSeconds(600)), 409, "conflict");
        assertProblem(author.as().post("/posts/" + published.id() + "/unschedule"), 409, "conflict");
    }

    @Test
    void the_author_or_an_admin_unschedules_and_unscheduling_a_draft_changes_nothing() {
        Post post = Api.createPost(author, "Unscheduled " + t());
        schedule(author, post.id(), inSeconds(600)).then().statusCode(200);
        assertProblem(stranger.as().post("/posts/" + post.id() + "/unschedule"), 403, "forbidden");
        Api.asToken(Api.adminToken()).post("/posts/" + post.id() + "/unschedule").then().statusCode(200)
                .body("status", equalTo("draft")).body("scheduledAt", nullValue());
        long audit = sql.count("select count(*) from audit_events where entity_id = ?::uuid", post.id());
        author.as().post("/posts/" + post.id() + "/unschedule").then().statusCode(200).body("status", equalTo("draft"));
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid", post.id())).isEqualTo(audit);
        assertProblem(author.as().post("/posts/" + UUID.randomUUID() + "/unschedule"), 404, "not-found");
        assertProblem(author.as().post("/posts/not-a-uuid/unschedule"), 400, "validation");
    }

    @Test
    void publishing_a_scheduled_post_publishes_it_at_once() {
        Post post = Api.createPost(author, "Sooner " + t());
        schedule(author, post.id(), inSeconds(3600)).then().statusCode(200);
        Instant before = Instant.now().minusSeconds(1);
        String publishedAt = author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("scheduledAt", nullValue())
                .extract().path("publishedAt");
        assertThat(Instant.parse(publishedAt)).isBetween(before, Instant.now().plusSeconds(1));
    }

    /**
     * The one test that waits for the clock: a post scheduled a few seconds ahead is invisible to
     * readers everywhere until the service publishes it by itself, then visible everywhere, with
     * {@code publishedAt = publishAt}, the audit row of a publish without an actor, once.
     */
    @Test
    void a_scheduled_post_is_invisible_until_the_service_publishes_it_by_itself_within_10_seconds() throws Exception {
        String tag = "sched-" + t();
        Category category = Api.createCategory("Scheduled " + t(), null);
        String id = author.as().body(Map.of("title", "Published by the service " + t(), "content", "Later.",
                        "tags", List.of(tag), "categoryIds", List.of(category.id())))
                .post("/posts").then().statusCode(201).extract().path("id");
        String slug = author.as().queryParam("limit", 100).get("/posts/drafts").then().extract()
                .path("data.find { it.id == '" + id + "' }.slug");
        String at = inSeconds(3);
        schedule(author, id, at).then().statusCode(200);

        json().get("/posts/" + slug).then().statusCode(404);
        stranger.as().get("/posts/" + slug).then().statusCode(404);
        json().queryParam("tag", tag).get("/posts").then().statusCode(200).body("meta.total", equalTo(0));
        json().queryParam("category", category.slug()).get("/posts").then().body("meta.total", equalTo(0));
        json().queryParam("author", author.username()).get("/posts").then().body("meta.total", equalTo(0));
        json().queryParam("limit", 100).get("/posts/feed").then().body("data.id", not(hasItem(id)));
        json().queryParam("limit", 100).get("/tags").then().body("data.name", not(hasItem(tag)));
        json().get("/categories").then().body("data.find { it.id == '" + category.id() + "' }.postCount",
                equalTo(0));
        json().queryParam("tag", tag).get("/api/articles").then().statusCode(200).body("articlesCount", equalTo(0));
        json().get("/api/articles/" + slug).then().statusCode(404);
        stranger.as().post("/posts/" + id + "/favorite").then().statusCode(404);
        stranger.as().body(Map.of("content", "early")).post("/posts/" + id + "/comments").then().statusCode(404);

        Instant deadline = Instant.parse(at).plusSeconds(10);
        Response page = json().get("/posts/" + slug);
        while (page.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            page = json().get("/posts/" + slug);
        }
        assertThat(Instant.now()).as("published within 10 s of publishAt").isBefore(deadline);
        page.then().statusCode(200).body("status", equalTo("published")).body("publishedAt", equalTo(at))
                .body("scheduledAt", nullValue());
        json().queryParam("tag", tag).get("/posts").then().body("meta.total", equalTo(1));
        json().queryParam("category", category.slug()).get("/posts").then().body("meta.total", equalTo(1));
        json().get("/categories").then().body("data.find { it.id == '" + category.id() + "' }.postCount",
                equalTo(1));
        json().get("/api/articles/" + slug).then().statusCode(200).body("article.body", equalTo("Later."));
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_PUBLISHED'"
                + " and actor_id is null", id)).isEqualTo(1);
        Thread.sleep(2500); // one more scheduler tick: still exactly one publish
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_PUBLISHED'",
                id)).isEqualTo(1);
    }

    // --- revisions --------------------------------------------------------------------------------

    @Test
    void every_create_and_text_edit_writes_a_revision_listed_newest_first_for_the_author_and_admins() {
        String title = "First version " + t();
        Post post = Api.createPost(author, title);
        assertThat(revisions(post.id())).isEqualTo(1);
        author.as().body(Map.of("title", "Second version", "excerpt", "Teaser")).patch("/posts/" + post.id())
                .then().statusCode(200);
        author.as().body(Map.of("content", "Third content")).patch("/posts/" + post.id()).then().statusCode(200);
        author.as().body(Map.of("tags", List.of("no-revision"))).patch("/posts/" + post.id()).then().statusCode(200);
        author.as().body(Map.of("content", "Third content")).patch("/posts/" + post.id()).then().statusCode(200);
        assertThat(revisions(post.id())).isEqualTo(3);

        author.as().get("/posts/" + post.id() + "/revisions").then().statusCode(200)
                .body("data.number", contains(3, 2, 1))
                .body("data[1].title", equalTo("Second version"))
                .body("data[1].excerpt", equalTo("Teaser"))
                .body("data[2].excerpt", nullValue())
                .body("data[0].createdAt", notNullValue())
                .body("data[0].editor.id", equalTo(author.id()))
                .body("data[0].editor.username", equalTo(author.username()))
                .body("data[0].editor.name", equalTo("Editor"))
                .body("data[0].content", nullValue())
                .body("meta.total", equalTo(3));
        author.as().queryParam("limit", 1).queryParam("page", 2).get("/posts/" + post.id() + "/revisions").then()
                .statusCode(200).body("data.number", contains(2)).body("meta.total", equalTo(3));
        author.as().get("/posts/" + post.id() + "/revisions/1").then().statusCode(200)
                .body("number", equalTo(1)).body("title", equalTo(title)).body("content", equalTo("Content of " + title))
                .body("editor.id", equalTo(author.id()));
        Api.asToken(Api.adminToken()).get("/posts/" + post.id() + "/revisions/3").then().statusCode(200)
                .body("content", equalTo("Third content"));
    }

    @Test
    void a_history_is_404_for_anyone_but_the_author_and_admins_and_bad_numbers_are_400() {
        Post post = Api.publishedPost(author, "Public post " + t());
        TestUser moderator = Api.register("Moderator");
        Api.setRole(moderator, "MODERATOR");
        for (var who : List.of(stranger.as(), moderator.as())) {
            assertProblem(who.get("/posts/" + post.id() + "/revisions"), 404, "not-found");
            assertProblem(who.get("/posts/" + post.id() + "/revisions/1"), 404, "not-found");
            assertProblem(who.post("/posts/" + post.id() + "/revisions/1/restore"), 404, "not-found");
        }
        json().get("/posts/" + post.id() + "/revisions").then().statusCode(401);
        assertProblem(author.as().get("/posts/" + post.id() + "/revisions/2"), 404, "not-found");
        assertProblem(author.as().post("/posts/" + post.id() + "/revisions/2/restore"), 404, "not-found");
        assertProblem(author.as().get("/posts/" + UUID.randomUUID() + "/revisions"), 404, "not-found");
        for (String bad : List.of("0", "-1", "abc", "99999999999")) {
            assertProblem(author.as().get("/posts/" + post.id() + "/revisions/" + bad), 400, "validation");
        }
        assertProblem(author.as().get("/posts/" + post.id() + "/revisions?limit=101"), 400, "validation");
    }

    @Test
    void restoring_brings_the_text_back_as_a_new_revision_and_follows_the_slug_rules_of_an_edit() {
        String t = t();
        Post draft = Api.createPost(author, "Draft title " + t);
        author.as().body(Map.of("title", "Renamed draft " + t, "excerpt", "Added", "content", "New"))
                .patch("/posts/" + draft.id()).then().statusCode(200).body("slug", equalTo("renamed-draft-" + t));
        author.as().post("/posts/" + draft.id() + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Draft title " + t)).body("slug", equalTo("draft-title-" + t))
                .body("excerpt", nullValue()).body("content", equalTo("Content of Draft title " + t))
                .body("contentHtml", equalTo("<p>Content of Draft title " + t + "</p>\n"));
        assertThat(revisions(draft.id())).isEqualTo(3);
        assertThat(sql.count("select count(*) from audit_events where entity_id = ?::uuid and action = 'POST_RESTORED'",
                draft.id())).isEqualTo(1);

        Post published = Api.createPost(author, "Launch " + t);
        author.as().body(Map.of("title", "Relaunch " + t)).patch("/posts/" + published.id()).then().statusCode(200);
        author.as().post("/posts/" + published.id() + "/publish").then().statusCode(200);
        Api.asToken(Api.adminToken()).post("/posts/" + published.id() + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Launch " + t)).body("slug", equalTo("relaunch-" + t));
        author.as().get("/posts/" + published.id() + "/revisions").then()
                .body("data[0].editor.id", equalTo(Api.adminId()));
    }

    @Test
    void a_failed_edit_writes_no_revision_and_revisions_go_with_their_post() {
        Post post = Api.createPost(author, "Atomic " + t());
        author.as().body(Map.of("content", "changed", "categoryIds", List.of(UUID.randomUUID().toString())))
                .patch("/posts/" + post.id()).then().statusCode(400);
        assertThat(revisions(post.id())).isEqualTo(1);
        author.as().delete("/posts/" + post.id()).then().statusCode(204);
        assertThat(revisions(post.id())).isZero();
    }

    // --- content ----------------------------------------------------------------------------------

    @Test
    void content_is_served_as_sanitised_html_with_its_reading_time_and_the_markdown_stays_as_written() {
        String markdown = "# Title\n\nSome **bold** and ~~gone~~ [a link](https://example.com)"
                + " [bad](javascript:alert(1)) <script>alert(1)</script>\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n<img src=x onerror=alert(1)>\n\n" + "word ".repeat(300);
        String id = author.as().body(Map.of("title", "Rendered " + t(), "content", markdown)).post("/posts").then()
                .statusCode(201)
                .body("content", equalTo(markdown))
                .body("readingTimeMinutes", equalTo(2))
                .body("contentHtml", containsString("<h1>Title</h1>"))
                .body("contentHtml", containsString("<strong>bold</strong>"))
                .body("contentHtml", containsString("<del>gone</del>"))
                .body("contentHtml", containsString("<table>"))
                .body("contentHtml", containsString("href=\"https://example.com\""))
                .body("contentHtml", containsString("nofollow"))
                .body("contentHtml", not(containsString("<script")))
                .body("contentHtml", not(containsString("javascript:")))
                .body("contentHtml", not(containsString("onerror")))
                .extract().path("id");
        String html = author.as().body(Map.of("content", "Now *short*.")).patch("/posts/" + id).then().statusCode(200)
                .body("readingTimeMinutes", equalTo(1)).extract().path("contentHtml");
        assertThat(html).isEqualTo("<p>Now <em>short</em>.</p>\n");
        assertThat(sql.string("select html from post_contents where post_id = ?::uuid", id)).isEqualTo(html);
    }

    @Test
    void the_realworld_body_stays_the_markdown_source() {
        Post post = Api.createPost(author, "Markdown body " + t());
        author.as().body(Map.of("content", "Hello **world**")).patch("/posts/" + post.id()).then().statusCode(200);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        json().get("/api/articles/" + post.slug()).then().statusCode(200)
                .body("article.body", equalTo("Hello **world**"))
                .body("article.contentHtml", nullValue());
    }
}
