package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.adapters.persistence.post.PostReadModels;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What only the PostgreSQL post read models have to get right (counts that skip soft-deleted
 * writers); what every post repository promises is in {@link PostgresAdaptersHoldThePortContractsTest}.
 */
@QuarkusTest
class PublishingPersistenceAdapterTest {

    @Inject
    PostReadModels reads;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_soft_deleted_authors_posts_and_comments_leave_the_read_models() {
        TestUser author = Api.register("Gone Author");
        TestUser commenter = Api.register("Gone Commenter");
        Sql sql = new Sql(dataSource);
        UUID published = sql.insertPost(author.id(), "Counted", true, Instant.now());
        UUID draft = sql.insertPost(author.id(), "Draft", false, Instant.now());
        sql.insertComment(published, commenter.id());
        sql.insertComment(published, author.id());
        sql.update("update users set deleted_at = now() where id = ?", UUID.fromString(commenter.id()));
        var detail = QuarkusTransaction.requiringNew().call(() -> reads.findById(new PostId(published), 20))
                .orElseThrow();
        assertThat(detail.summary().commentCount()).isEqualTo(1);
        assertThat(detail.comments()).hasSize(1);
        sql.update("update users set deleted_at = now() where id = ?", UUID.fromString(author.id()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reads.findById(new PostId(draft), 20))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> reads.drafts(
                new UserId(UUID.fromString(author.id())), PageRequest.parse(null, null)).total())).isZero();
    }
}
