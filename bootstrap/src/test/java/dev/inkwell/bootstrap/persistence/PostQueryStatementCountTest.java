package dev.inkwell.bootstrap.persistence;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.NoBackgroundJobs;
import dev.inkwell.bootstrap.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The post, comment and category reads run the same small number of SQL statements at page
 * size 1 and 50 (no N+1): 55 published posts, each in two categories with two comments.
 * Counted with Hibernate statistics over a whole HTTP request.
 */
@QuarkusTest
@TestProfile(NoBackgroundJobs.class) // a scheduler tick would add its statements to a request's
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostQueryStatementCountTest {

    static final int POSTS = 55;

    @Inject
    SessionFactory sessionFactory;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PopularPostsCache popular;

    TestUser author;
    TestUser follower;
    String tag;
    Category first;
    Category second;
    String word;
    String slug;
    UUID busyPost;

    /** Once per class, but in {@code @BeforeEach}: RestAssured knows the test port only then. */
    @BeforeEach
    void arrange() {
        if (author != null) {
            return;
        }
        Sql sql = new Sql(dataSource);
        String t = UUID.randomUUID().toString().substring(0, 8);
        word = "quokka" + t.replaceAll("[0-9]", "");
        author = Api.register("Counted Author");
        TestUser reader = Api.register("Counted Reader");
        follower = Api.register("Counted Follower");
        tag = "counted-" + t;
        first = Api.createCategory("Counted A " + t, null);
        second = Api.createCategory("Counted B " + t, null);
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < POSTS; i++) {
            UUID post = sql.insertPost(author.id(), "Counted " + word + " " + i, true, start.plusSeconds(i));
            sql.linkCategory(post, first.id());
            sql.linkCategory(post, second.id());
            sql.insertComment(post, reader.id());
            sql.insertComment(post, author.id());
            sql.update("insert into post_tags (post_id, tag) values (?, ?), (?, ?)", post, tag, post, tag + "-b");
            sql.update("insert into favorites (user_id, post_id) values (?::uuid, ?)", follower.id(), post);
            busyPost = post;
        }
        for (int i = 0; i < POSTS; i++) {
            sql.insertComment(busyPost, reader.id());
            sql.insertPost(author.id(), "Counted draft " + i, false, start.plusSeconds(i));
        }
        slug = sql.string("select slug from posts where id = ?", busyPost);
        sql.update("insert into follows (follower_id, followee_id) values (?::uuid, ?::uuid)", follower.id(), author.id());
    }

    @Test
    void the_public_list_is_2_statements_and_3_with_a_search_or_several_filters_at_1_and_at_50_rows() {
        // the rows with their kept total, their categories; a counted total is a third statement
        assertSameAtBothSizes(2, () -> json().queryParam("author", author.username()));
        json().queryParam("author", author.username()).queryParam("limit", 50).get("/posts").then()
                .body("data.categories.flatten().size()", equalTo(100)); // read, not skipped: 2 for each of 50
        assertSameAtBothSizes(2, () -> json());
        assertSameAtBothSizes(2, () -> json().queryParam("category", first.slug()));
        assertSameAtBothSizes(3, () -> json().queryParam("q", word));
        assertSameAtBothSizes(3, () -> json().queryParam("q", word).queryParam("category", second.slug())
                .queryParam("author", author.username()));
    }

    /**
     * Part 2's fields (tags, favoritesCount; favorited and author.following for a signed-in reader)
     * and filters (tag, favoritedBy) keep every list flat: the reader's relations are one statement
     * for the whole page, after the token check every signed-in request has.
     */
    @Test
    void tags_favorites_and_follows_add_no_statement_per_row_whoever_reads() {
        assertSameAtBothSizes(2, () -> json().queryParam("tag", tag));
        assertSameAtBothSizes(3, () -> json().queryParam("favoritedBy", follower.username()));
        assertSameAtBothSizes(3, () -> json().queryParam("tag", tag).queryParam("category", first.slug()));
        // signed in: the token check, the rows, the categories, the reader's favorites and follows among them
        assertSameAtBothSizes(4, () -> follower.as().queryParam("author", author.username()));
        follower.as().queryParam("tag", tag).queryParam("limit", 50).get("/posts").then().statusCode(200)
                .body("data.tags.flatten().size()", equalTo(100))
                .body("data.findAll { it.favorited }.size()", equalTo(50))
                .body("data.findAll { it.author.following }.size()", equalTo(50))
                .body("data[0].favoritesCount", equalTo(1));
        long followingOne = statementsFor(() -> follower.as().queryParam("limit", 1).get("/posts/following").then()
                .statusCode(200).body("data.size()", equalTo(1)));
        long followingFifty = statementsFor(() -> follower.as().queryParam("limit", 50).get("/posts/following").then()
                .statusCode(200).body("data.size()", equalTo(50)));
        assertThat(followingFifty).isEqualTo(followingOne).isEqualTo(4);
        assertThat(statementsFor(() -> json().get("/tags").then().statusCode(200))).isEqualTo(1);
        assertThat(statementsFor(() -> json().get("/api/tags").then().statusCode(200))).isEqualTo(1);
    }

    /** The RealWorld list and feed are the same reads as Inkwell's: flat, whoever asks. */
    @Test
    void the_realworld_lists_are_flat_too() {
        long anonymousOne = statementsFor(() -> json().queryParam("limit", 1).queryParam("author", author.username())
                .get("/api/articles").then().statusCode(200).body("articles.size()", equalTo(1)));
        long anonymousFifty = statementsFor(() -> json().queryParam("limit", 50).queryParam("author", author.username())
                .get("/api/articles").then().statusCode(200).body("articles.size()", equalTo(50)));
        assertThat(anonymousFifty).isEqualTo(anonymousOne).isEqualTo(2);
        // signed in: the token check, the rows, their links, the reader's favorites and follows among them
        long signedInOne = statementsFor(() -> follower.as().queryParam("limit", 1).queryParam("author", author.username())
                .get("/api/articles").then().statusCode(200).body("articles[0].favorited", equalTo(true)));
        long signedInFifty = statementsFor(() -> follower.as().queryParam("limit", 50)
                .queryParam("author", author.username()).get("/api/articles").then().statusCode(200)
                .body("articles.findAll { it.author.following }.size()", equalTo(50)));
        assertThat(signedInFifty).isEqualTo(signedInOne).isEqualTo(4);
        // authentication is lazy: a read that does not ask who is calling does not check the token
        assertThat(statementsFor(() -> follower.as().get("/api/tags").then().statusCode(200))).isEqualTo(1);
        long feedOne = statementsFor(() -> follower.as().queryParam("limit", 1).get("/api/articles/feed").then()
                .statusCode(200).body("articlesCount", equalTo(POSTS)));
        long feedFifty = statementsFor(() -> follower.as().queryParam("limit", 50).get("/api/articles/feed").then()
                .statusCode(200).body("articles.size()", equalTo(50)));
        assertThat(feedFifty).isEqualTo(feedOne).isEqualTo(4);
        long comments = statementsFor(() -> follower.as().get("/api/articles/" + slug + "/comments").then()
                .statusCode(200).body("comments.size()", equalTo(POSTS + 2)));
        // the token check, the article's id, the comments, the reader's follows among their authors
        assertThat(comments).isEqualTo(4);
        assertThat(statementsFor(() -> json().get("/api/articles/" + slug + "/comments").then().statusCode(200)
                .body("comments.size()", equalTo(POSTS + 2)))).isEqualTo(2);
    }

    /** An article is its row and its links; RealWorld shows no comments with it, so none are read. */
    @Test
    void a_realworld_article_is_2_statements_and_4_for_a_signed_in_reader() {
        assertThat(statementsFor(() -> json().get("/api/articles/" + slug).then().statusCode(200)
                .body("article.tagList.size()", equalTo(2)))).isEqualTo(2);
        // the token check, the row, its links, the reader's favorite of it and follow of its author
        assertThat(statementsFor(() -> follower.as().get("/api/articles/" + slug).then().statusCode(200)
                .body("article.author.following", equalTo(true)))).isEqualTo(4);
    }

    /** The token check, who may see the history (the post's author), the page with its total. */
    @Test
    void a_posts_revisions_are_3_statements_at_1_and_at_50_rows() {
        new Sql(dataSource).update("insert into post_revisions (post_id, number, title, content, editor_id, created_at)"
                + " select ?, g, 'Revision ' || g, 'content', ?::uuid, now() from generate_series(1, 60) g"
                + " on conflict do nothing", busyPost, author.id());
        long one = statementsFor(() -> author.as().queryParam("limit", 1).get("/posts/" + busyPost + "/revisions")
                .then().statusCode(200).body("data.size()", equalTo(1)).body("meta.total", equalTo(60)));
        long fifty = statementsFor(() -> author.as().queryParam("limit", 50).get("/posts/" + busyPost + "/revisions")
                .then().statusCode(200).body("data.size()", equalTo(50)).body("data[0].editor.id", equalTo(author.id())));
        assertThat(fifty).isEqualTo(one).isEqualTo(3);
    }

    private void assertSameAtBothSizes(long expected, Supplier<RequestSpecification> request) {
        long one = statementsFor(() -> request.get().queryParam("limit", 1).get("/posts").then().statusCode(200)
                .body("data.size()", equalTo(1)));
        long fifty = statementsFor(() -> request.get().queryParam("limit", 50).get("/posts").then().statusCode(200)
                .body("data.size()", equalTo(50)));
        assertThat(fifty).isEqualTo(one).isEqualTo(expected);
    }

    @Test
    void the_feed_is_2_statements_at_1_and_at_50_rows() {
        long one = statementsFor(() -> json().queryParam("limit", 1).get("/posts/feed").then().statusCode(200));
        long fifty = statementsFor(() -> json().queryParam("limit", 50).get("/posts/feed").then().statusCode(200)
                .body("data.size()", equalTo(50)));
        assertThat(fifty).isEqualTo(one).isEqualTo(2); // the rows (one extra to know if there is more), their categories
    }

    @Test
    void popular_posts_are_2_statements_when_loaded_and_none_when_cached() {
        popular.invalidate();
        long loaded = statementsFor(() -> json().get("/posts/popular").then().statusCode(200)
                .body("data.size()", equalTo(10)));
        long cached = statementsFor(() -> json().get("/posts/popular").then().statusCode(200));
        assertThat(loaded).isEqualTo(2);
        assertThat(cached).isZero();
    }

    @Test
    void a_posts_page_is_3_statements_whatever_its_number_of_comments() {
        long statements = statementsFor(() -> json().get("/posts/" + slug).then().statusCode(200)
                .body("comments.size()", equalTo(20)).body("categories.size()", equalTo(2)));
        assertThat(statements).isEqualTo(3); // the post with author and profile, its categories, its comments
    }

    @Test
    void drafts_and_comments_pages_cost_the_same_at_1_and_at_50_rows() {
        long draftsOne = statementsFor(() -> author.as().queryParam("limit", 1).get("/posts/drafts").then().statusCode(200));
        long draftsFifty = statementsFor(() -> author.as().queryParam("limit", 50).get("/posts/drafts").then()
                .statusCode(200).body("data.size()", equalTo(50)));
        // the token check, rows, categories, total, the author's own favorites among them
        assertThat(draftsFifty).isEqualTo(draftsOne).isEqualTo(5);
        long commentsOne = statementsFor(() -> json().queryParam("limit", 1).get("/posts/" + busyPost + "/comments")
                .then().statusCode(200));
        long commentsFifty = statementsFor(() -> json().queryParam("limit", 50).get("/posts/" + busyPost + "/comments")
                .then().statusCode(200).body("data.size()", equalTo(50)));
        assertThat(commentsFifty).isEqualTo(commentsOne).isEqualTo(2); // the post, the rows with the kept total
    }

    @Test
    void categories_are_1_statement_and_a_category_with_children_2() {
        assertThat(statementsFor(() -> json().get("/categories").then().statusCode(200))).isEqualTo(1);
        assertThat(statementsFor(() -> json().get("/categories/" + first.slug()).then().statusCode(200)
                .body("postCount", equalTo(POSTS)))).isEqualTo(2);
    }

    private long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
