package dev.inkwell.bootstrap.persistence;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
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
        first = Api.createCategory("Counted A " + t, null);
        second = Api.createCategory("Counted B " + t, null);
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < POSTS; i++) {
            UUID post = sql.insertPost(author.id(), "Counted " + word + " " + i, true, start.plusSeconds(i));
            sql.linkCategory(post, first.id());
            sql.linkCategory(post, second.id());
            sql.insertComment(post, reader.id());
            sql.insertComment(post, author.id());
            busyPost = post;
        }
        for (int i = 0; i < POSTS; i++) {
            sql.insertComment(busyPost, reader.id());
            sql.insertPost(author.id(), "Counted draft " + i, false, start.plusSeconds(i));
        }
        slug = sql.string("select slug from posts where id = ?", busyPost);
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
        assertThat(draftsFifty).isEqualTo(draftsOne).isEqualTo(4); // the token check, rows, categories, total
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
