package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.adapters.persistence.post.PostSql;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.PostFilter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN of the exact SQL behind GET /posts (each filter), the search and the feed, on a
 * database of its own holding 100 000 posts: each must reach posts through an index, never a
 * sequential scan. The plans are written to {@code bootstrap/target/explain-plans.txt}
 * (a copy with its numbers is in bootstrap/docs/performance.md).
 */
@QuarkusTest
class ExplainPlansTest {

    static final int POSTS = 100_000;
    static final int WORDS = 5_000;
    static final String DATABASE = "inkwell_explain";
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]+)");

    @Test
    void list_search_and_feed_queries_use_indexes_on_100000_posts() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
        }
        String explainUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        Flyway.configure().dataSource(explainUrl, user, password).locations("classpath:db/migration").load().migrate();
        Map<String, String> plans = new LinkedHashMap<>();
        String favoritesTotal;
        try (Connection c = DriverManager.getConnection(explainUrl + (explainUrl.contains("?") ? "&" : "?")
                + "preferQueryMode=simple", user, password)) {
            fill(c);
            String term = word(c, 42);
            String twoTerms = term + " " + word(c, 42 * 7 % WORDS);
            PostFilter none = PostFilter.none();
            plans.put("GET /posts (page 1)", explain(c, PostSql.publishedPage(none, 10, 0)));
            plans.put("GET /posts?page=50", explain(c, PostSql.publishedPage(none, 10, 490)));
            plans.put("GET /posts?category=topic-7", explain(c, PostSql.publishedPage(
                    new PostFilter("topic-7", null, null), 10, 0)));
            plans.put("GET /posts?author=writer-42", explain(c, PostSql.publishedPage(
                    new PostFilter(null, "writer-42", null), 10, 0)));
            plans.put("GET /posts?q=<a word>", explain(c, PostSql.publishedPage(
                    new PostFilter(null, null, term), 10, 0)));
            plans.put("GET /posts?q=<two words>&category=topic-7", explain(c, PostSql.publishedPage(
                    new PostFilter("topic-7", null, twoTerms), 10, 0)));
            plans.put("GET /posts/feed", explain(c, PostSql.feed(null, 11)));
            plans.put("GET /posts/feed?after=…", explain(c, PostSql.feed(cursorAt(c, 5000), 11)));
            plans.put("total of GET /posts?q=<a word>", explain(c, PostSql.publishedCount(
                    new PostFilter(null, null, term))));
            plans.put("GET /posts/popular", explain(c, PostSql.mostCommented(10)));
            plans.put("GET /posts?tag=tag-42", explain(c, PostSql.publishedPage(
                    new PostFilter(null, null, null, "tag-42", null), 10, 0)));
            plans.put("GET /posts?tag=rare-tag", explain(c, PostSql.publishedPage(
                    new PostFilter(null, null, null, "rare-tag", null), 10, 0)));
            plans.put("GET /posts?favoritedBy=writer-42", explain(c, PostSql.publishedPage(
                    new PostFilter(null, null, null, null, "writer-42"), 10, 0)));
            favoritesTotal = explain(c, PostSql.publishedCount(new PostFilter(null, null, null, null, "writer-42")));
            plans.put("GET /posts?tag=tag-42&category=topic-7", explain(c, PostSql.publishedPage(
                    new PostFilter("topic-7", null, null, "tag-42", null), 10, 0)));
            UUID reader = uuid(c, "select id from users where username = 'writer-42'");
            plans.put("GET /posts/following", explain(c, PostSql.followingFeed(reader, null, 11)));
            plans.put("GET /api/articles/feed?offset=40", explain(c, PostSql.followingPage(reader, 20, 40)));
            String total = explain(c, PostSql.publishedCount(none));
            String categoryTotal = explain(c, PostSql.publishedCount(new PostFilter("topic-7", null, null)));
            String authorTotal = explain(c, PostSql.publishedCount(new PostFilter(null, "writer-42", null)));
            write(plans, total, categoryTotal + authorTotal + "\ntotal of GET /posts?favoritedBy=writer-42\n"
                    + favoritesTotal);
            // a user's favorites are counted from their own index range, never from posts
            assertThat(favoritesTotal).contains("favorites_published_idx").doesNotContain(" on posts");
            // the totals of the list, of a category and of an author are kept numbers: one row each
            assertThat(total).contains("post_totals").doesNotContain(" on posts");
            assertThat(categoryTotal).contains("categories").doesNotContain(" on posts");
            assertThat(authorTotal).contains("users").doesNotContain(" on posts");
        }
        for (Map.Entry<String, String> plan : plans.entrySet()) {
            assertThat(plan.getValue()).as(plan.getKey())
                    .doesNotContain("Seq Scan on posts").doesNotContain("Seq Scan on comments")
                    .containsPattern("Index (Only )?Scan (Backward )?using posts_|Bitmap Index Scan on posts_");
        }
        assertThat(plans.get("GET /posts?q=<a word>")).contains("posts_search_idx");
        assertThat(plans.get("GET /posts/feed?after=…")).contains("posts_published_idx");
        assertThat(plans.get("GET /posts?author=writer-42")).contains("posts_author_published_idx");
        assertThat(plans.get("GET /posts/popular")).contains("posts_popular_idx");
        // a tag, a category, a user's favorites: one range of the link's own index, however rare
        assertThat(plans.get("GET /posts?tag=tag-42")).contains("post_tags_published_idx");
        assertThat(plans.get("GET /posts?tag=rare-tag")).contains("post_tags_published_idx");
        assertThat(plans.get("GET /posts?category=topic-7")).contains("post_categories_published_idx");
        assertThat(plans.get("GET /posts?favoritedBy=writer-42")).contains("favorites_published_idx");
        assertThat(plans.get("GET /posts/following")).contains("posts_author_published_idx")
                .doesNotContain("Seq Scan on follows");
        for (String linked : List.of("GET /posts?tag=tag-42", "GET /posts?tag=rare-tag", "GET /posts?favoritedBy=writer-42")) {
            assertThat(plans.get(linked)).as(linked).doesNotContain("Seq Scan on post_tags")
                    .doesNotContain("Seq Scan on favorites").doesNotContain("posts_published_idx");
        }
    }

    /**
     * 2 000 authors, 20 categories, 100 000 posts (9 in 10 published) with one category and two
     * comments each. Titles and contents draw on 5 000 made-up words, so a word is in about 0.5 %
     * of the posts, as a real search term would be (a word in 15 % of the rows rightly gets a
     * sequential scan from the planner).
     */
    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // A bulk load: the kept counters (V4, V5) are computed once at the end, as the benchmark's
            // load does, not by a trigger call per row.
            for (String table : TABLES) {
                s.execute("alter table " + table + " disable trigger user");
            }
            s.execute("insert into users (id, email, username, name, password_hash, created_at, updated_at)"
                    + " select gen_random_uuid(), 'writer-' || i || '@example.com', 'writer-' || i, 'Writer ' || i,"
                    + " 'x', now(), now() from generate_series(1, 2000) i");
            s.execute("insert into categories (id, name, slug, created_at, updated_at)"
                    + " select gen_random_uuid(), 'Topic ' || i, 'topic-' || i, now(), now() from generate_series(1, 20) i");
            s.execute("create temporary table words as select array_agg(translate(substr(md5(n::text), 1, 9),"
                    + " '0123456789', 'ghijklmnop') order by n) as w from generate_series(1, " + WORDS + ") n");
            s.execute("create temporary table authors as select array_agg(id order by username) as a from users");
            s.execute("insert into posts (id, author_id, title, slug, content, published, published_at, slug_frozen,"
                    + " created_at, updated_at)"
                    + " select gen_random_uuid(), a[1 + i % 2000], 'Post ' || i || ' about ' || w[1 + i % " + WORDS + "],"
                    + " 'post-' || i,"
                    + " repeat(array_to_string(array[w[1 + (i * 7) % " + WORDS + "], w[1 + (i * 11) % " + WORDS + "],"
                    + "   w[1 + (i * 13) % " + WORDS + "], w[1 + (i * 17) % " + WORDS + "], 'and', 'the', 'rest.'], ' ')"
                    + "   || ' ', 10),"
                    + " i % 10 <> 0, case when i % 10 <> 0 then now() - i * interval '1 minute' end, i % 10 <> 0,"
                    + " now() - i * interval '1 minute', now()"
                    + " from generate_series(1, " + POSTS + ") i, words, authors");
            // links carry their post's author and publication time (V6), as the triggers would copy them
            s.execute("insert into post_categories (post_id, category_id, post_author_id, post_published_at)"
                    + " select p.id, (select id from categories where slug = 'topic-' || (1 + abs(hashtext(p.slug)) % 20)),"
                    + " p.author_id, case when p.published then p.published_at end from posts p");
            // 3 tags a post out of 1 000, and a rare one on every 10 000th post
            s.execute("insert into post_tags (post_id, tag, post_author_id, post_published_at)"
                    + " select p.id, 'tag-' || (1 + (substr(p.slug, 6)::int * k) % 1000), p.author_id,"
                    + " case when p.published then p.published_at end from posts p, (values (1), (7), (13)) f(k)"
                    + " on conflict do nothing");
            s.execute("insert into post_tags (post_id, tag, post_author_id, post_published_at)"
                    + " select p.id, 'rare-tag', p.author_id, case when p.published then p.published_at end"
                    + " from posts p where substr(p.slug, 6)::int % 10000 = 0");
            // every author follows the 20 after them; one favorite a post
            s.execute("insert into follows (follower_id, followee_id) select a[i], a[1 + (i + k - 1) % 2000]"
                    + " from authors, generate_series(1, 2000) i, generate_series(1, 20) k");
            s.execute("insert into favorites (user_id, post_id, post_author_id, post_published_at)"
                    + " select a[1 + (substr(p.slug, 6)::int * 5) % 2000], p.id, p.author_id,"
                    + " case when p.published then p.published_at end from posts p, authors");
            s.execute("insert into comments (id, post_id, author_id, content, created_at, updated_at)"
                    + " select gen_random_uuid(), p.id, p.author_id, 'A comment', now(), now()"
                    + " from posts p, generate_series(1, 2)");
            s.execute("select inkwell_recount()");
            for (String table : TABLES) {
                s.execute("alter table " + table + " enable trigger user");
            }
            s.execute("analyze");
        }
    }

    static final String[] TABLES = {"users", "posts", "post_categories", "post_tags", "favorites", "follows",
            "comments"};

    private static UUID uuid(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    /** A made-up word of the vocabulary, as the search would be given it. */
    private static String word(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select w[" + n + "] from words")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static FeedCursor cursorAt(Connection c, int offset) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select published_at, id from posts"
                + " where published order by published_at desc, id desc offset " + offset + " limit 1")) {
            rs.next();
            return new FeedCursor(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, UUID.class));
        }
    }

    /** EXPLAIN (ANALYZE) of a named-parameter query, its parameters bound as literals (simple query mode). */
    private static String explain(Connection c, SqlQuery query) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher m = NAMED.matcher(query.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            values.add(query.params().get(m.group(1)));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        try (PreparedStatement s = c.prepareStatement("explain (analyze, costs off, timing on, summary on) " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                s.setObject(i + 1, v instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : v);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static void write(Map<String, String> plans, String total, String otherTotals) throws Exception {
        StringBuilder out = new StringBuilder();
        plans.forEach((name, plan) -> out.append("== ").append(name).append('\n').append(plan).append('\n'));
        out.append("== total of GET /posts (a kept number)\n").append(total).append('\n');
        out.append("== totals of ?category= and ?author= (kept numbers)\n").append(otherTotals);
        Path file = Path.of("target", "explain-plans.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }
}
