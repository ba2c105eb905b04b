package dev.inkwell.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.in.PublishDuePostsUseCase;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Concurrently;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several schedulers on one database publish each due post exactly once: here four concurrent
 * transactions (what four instances' schedulers are to PostgreSQL) run the use case until nothing
 * is due, while the service's own scheduler ({@code ScheduledPublishing}, every 2 s) competes with
 * them as a fifth; every post gets one publish and one audit row.
 */
@QuarkusTest
class ConcurrentSchedulersTest {

    private static final int POSTS = 120;

    @Inject
    PublishDuePostsUseCase scheduler;

    private final Sql sql = TestDatabase.sql();

    @Test
    void four_schedulers_publish_every_due_post_exactly_once() throws Exception {
        Api.TestUser author = Api.register("Scheduled Author");
        Instant due = Instant.now().minusSeconds(60);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            UUID id = sql.insertPost(author.id(), "Scheduled " + i, false, due.minusSeconds(3600));
            // scheduled an hour ahead first, so that nothing is due until all of them are at once
            sql.update("update posts set scheduled_at = ? where id = ?", Timestamp.from(due.plusMillis(i)
                    .plusSeconds(3600)), id);
            ids.add(id);
        }
        sql.update("update posts set scheduled_at = scheduled_at - interval '1 hour' where author_id = ?::uuid",
                author.id());
        List<Integer> published = Concurrently.run(4, i -> () -> {
            int total = 0;
            for (int n = scheduler.publishDue(); n > 0; n = scheduler.publishDue()) {
                total += n;
            }
            return total;
        });

        // the service's own scheduler may have taken some: the four took the rest, never more
        assertThat(published.stream().mapToInt(Integer::intValue).sum()).as("publishes by the four").isBetween(0, POSTS);
        assertThat(sql.count("select count(*) from posts where author_id = ?::uuid and published"
                + " and scheduled_at is null", author.id())).isEqualTo(POSTS);
        assertThat(sql.count("select count(*) from posts where author_id = ?::uuid and published_at <> created_at"
                + " and published_at >= ?", author.id(), Timestamp.from(due))).isEqualTo(POSTS);
        assertThat(sql.count("select count(*) from audit_events where action = 'POST_PUBLISHED' and actor_id is null"
                + " and entity_id in (select id from posts where author_id = ?::uuid)", author.id())).isEqualTo(POSTS);
        assertThat(sql.count("select count(*) from (select entity_id from audit_events where action = 'POST_PUBLISHED'"
                + " and entity_id in (select id from posts where author_id = ?::uuid) group by entity_id"
                + " having count(*) > 1) twice", author.id())).as("posts published twice").isZero();
        System.out.println("[two-scheduler test] " + POSTS + " due posts, publishes by the four: " + published
                + ", the rest by the service's own scheduler");
    }
}
