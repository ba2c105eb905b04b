package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The contract's Database section, checked in the catalogue of the schema Flyway built. */
@QuarkusTest
class SchemaTest {

    @Inject
    DataSource dataSource;

    @Test
    void every_foreign_key_has_an_index_starting_with_its_column() throws Exception {
        List<String> unindexed = strings("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f'
                  and not exists (select 1 from pg_index i
                                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])""");
        assertThat(unindexed).isEmpty();
    }

    @Test
    void active_users_email_and_username_are_unique_through_partial_indexes() throws Exception {
        assertThat(strings("""
                select indexname from pg_indexes
                where tablename = 'users' and indexdef like 'CREATE UNIQUE INDEX%WHERE (deleted_at IS NULL)'
                order by indexname""")).containsExactly("users_email_active_uk", "users_username_active_uk");
    }

    @Test
    void posts_have_a_generated_weighted_tsvector_with_a_gin_index() throws Exception {
        assertThat(strings("""
                select attgenerated::text from pg_attribute
                where attrelid = 'posts'::regclass and attname = 'search_vector'""")).containsExactly("s");
        assertThat(strings("select indexdef from pg_indexes where indexname = 'posts_search_idx'"))
                .singleElement().asString().contains("USING gin (search_vector)");
    }

    @Test
    void a_published_post_always_has_a_frozen_slug_and_lists_filter_on_indexes() throws Exception {
        assertThat(strings("select pg_get_constraintdef(oid) from pg_constraint where conname = 'posts_published_slug_frozen_ck'"))
                .singleElement().asString().contains("slug_frozen");
        assertThat(strings("select indexname from pg_indexes where tablename = 'posts' order by 1"))
                .contains("posts_published_idx", "posts_author_published_idx", "posts_author_created_idx",
                        "posts_slug_uk", "posts_search_idx");
    }

    @Test
    void things_that_go_together_cascade() throws Exception {
        assertThat(strings("""
                select conrelid::regclass || '->' || confrelid::regclass from pg_constraint
                where contype = 'f' and confdeltype = 'c' order by 1""")).containsExactly(
                "comments->posts", "comments->users", "favorites->posts", "favorites->users", "follows->users",
                "follows->users", "post_categories->categories", "post_categories->posts", "post_contents->posts", "post_numbers->posts",
                "post_render_queue->posts", "post_revisions->posts", "post_schedule->posts", "post_tags->posts",
                "posts->users", "profiles->users", "webhook_attempts->webhook_events", "webhook_attempts->webhooks",
                "webhook_deliveries->webhook_events", "webhook_deliveries->webhooks");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
