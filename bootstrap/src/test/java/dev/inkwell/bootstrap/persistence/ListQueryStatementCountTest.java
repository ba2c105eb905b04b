package dev.inkwell.bootstrap.persistence;

import static dev.inkwell.bootstrap.support.Api.asToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.NoBackgroundJobs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * List endpoints run a fixed number of SQL statements whatever the page size (no N+1).
 * Counted with Hibernate statistics over one whole HTTP request, token check included.
 */
@QuarkusTest
@TestProfile(NoBackgroundJobs.class) // a scheduler tick would add its statements to a request's
class ListQueryStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listing_users_costs_the_same_statements_for_1_and_50_rows() {
        for (int i = 0; i < 3; i++) {
            TestUser user = Api.register("Counted");
            user.as().body(Map.of("bio", "with a profile row")).patch("/users/" + user.id()).then().statusCode(200);
        }
        String admin = Api.adminToken();
        long one = statementsFor(() -> asToken(admin).queryParam("limit", 1).get("/users").then().statusCode(200)
                .body("data.size()", equalTo(1)));
        long fifty = statementsFor(() -> asToken(admin).queryParam("limit", 50).get("/users").then().statusCode(200));
        assertThat(fifty).isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(3); // the caller's user row, the page, the count
    }

    @Test
    void listing_the_audit_log_costs_the_same_statements_for_1_and_50_rows() {
        String admin = Api.adminToken();
        long one = statementsFor(() -> asToken(admin).queryParam("limit", 1).get("/admin/audit").then().statusCode(200));
        long fifty = statementsFor(() -> asToken(admin).queryParam("limit", 50).get("/admin/audit").then().statusCode(200));
        assertThat(fifty).isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(3);
    }

    @Test
    void a_users_page_with_recent_posts_is_a_fixed_number_of_statements() {
        TestUser user = Api.register("Page Owner");
        long statements = statementsFor(() -> Api.json().get("/users/" + user.id()).then().statusCode(200));
        assertThat(statements).isEqualTo(2); // the user (with profile), the recent posts
    }

    @Test
    void me_reads_the_caller_once_for_the_token_check_and_the_answer() {
        TestUser user = Api.register("Only Once");
        long statements = statementsFor(() -> user.as().get("/auth/me").then().statusCode(200)
                .body("id", equalTo(user.id())));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void feeds_cost_two_statements_for_1_and_for_20_entries() {
        TestUser lone = Api.register("Feed Of One");
        Api.publishedPost(lone, "Only one " + Api.unique(""));
        TestUser busy = Api.register("Feed Of Many");
        for (int i = 0; i < 21; i++) {
            Api.publishedPost(busy, "One of many " + i + " " + Api.unique(""));
        }
        for (String feed : new String[] {"/feeds/posts.atom", "/feeds/posts.rss"}) {
            long one = statementsFor(() -> io.restassured.RestAssured.given().queryParam("author", lone.username())
                    .get(feed).then().statusCode(200));
            long twenty = statementsFor(() -> io.restassured.RestAssured.given().queryParam("author", busy.username())
                    .get(feed).then().statusCode(200));
            assertThat(twenty).as(feed).isEqualTo(one).isEqualTo(2); // the entries with their HTML, their categories
        }
    }

    @Test
    void the_sitemap_and_its_parts_are_a_fixed_number_of_statements_whatever_they_hold() {
        Api.publishedPost(Api.register("Mapped One"), "Mapped first " + Api.unique(""));
        long before = statementsFor(() -> io.restassured.RestAssured.given().get("/sitemap.xml").then().statusCode(200));
        TestUser writer = Api.register("Mapped Many");
        for (int i = 0; i < 5; i++) {
            Api.publishedPost(writer, "Mapped " + i + " " + Api.unique(""));
        }
        long after = statementsFor(() -> io.restassured.RestAssured.given().get("/sitemap.xml").then().statusCode(200));
        assertThat(after).isEqualTo(before).isEqualTo(3); // the sizes, the categories, the posts
        assertThat(statementsFor(() -> io.restassured.RestAssured.given().get("/sitemap-1.xml").then().statusCode(200)))
                .isEqualTo(2); // the sizes (is there such a part?), the posts
        assertThat(statementsFor(() -> io.restassured.RestAssured.given().get("/sitemap-0.xml").then().statusCode(200)))
                .isEqualTo(1);
    }

    private long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
