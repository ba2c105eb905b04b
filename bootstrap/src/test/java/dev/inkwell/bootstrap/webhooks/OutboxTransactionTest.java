package dev.inkwell.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.in.PublishPostUseCase;
import dev.inkwell.bootstrap.api.WebhooksApiTest;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import dev.inkwell.bootstrap.support.WebhookReceiver;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox is written in the transaction of the change: a change that rolls back after its
 * event was recorded leaves no event and sends nothing, one that commits is delivered.
 */
@QuarkusTest
class OutboxTransactionTest {

    @Inject
    PublishPostUseCase publishing;

    @Test
    void a_rolled_back_change_sends_nothing_and_leaves_no_event() throws Exception {
        Sql sql = TestDatabase.sql();
        TestUser author = Api.register("Rolled");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String hook = Api.asToken(Api.adminToken())
                    .body(Map.of("url", receiver.url("/tx"), "events", List.of("post.published")))
                    .post("/admin/webhooks").then().statusCode(201).extract().path("id");
            try {
                Post undone = Api.createPost(author, "Rolled back " + Api.unique(""));
                Actor actor = new Actor(new UserId(UUID.fromString(author.id())), Role.USER);
                long before = sql.count("select count(*) from webhook_events");
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    publishing.publish(actor, new PostId(UUID.fromString(undone.id())));
                    throw new IllegalStateException("the change fails after its event was written");
                })).isInstanceOf(IllegalStateException.class);
                assertThat(sql.count("select count(*) from webhook_events")).isEqualTo(before);

                Post kept = Api.publishedPost(author, "Committed " + Api.unique(""));
                assertThat(receiver.await(r -> WebhooksApiTest.about(r, "post.published", kept.id()), 1,
                        Duration.ofSeconds(10))).hasSize(1);
                Thread.sleep(1500); // two more dispatcher ticks
                assertThat(receiver.received(r -> WebhooksApiTest.about(r, "post.published", undone.id()))).isEmpty();
                assertThat(sql.count("select count(*) from webhook_events where body like ?", "%" + undone.id() + "%"))
                        .isZero();
                Api.json().get("/posts/" + undone.slug()).then().statusCode(404);
            } finally {
                Api.asToken(Api.adminToken()).delete("/admin/webhooks/" + hook).then().statusCode(204);
            }
        }
    }
}
