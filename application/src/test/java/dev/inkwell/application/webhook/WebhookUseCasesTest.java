package dev.inkwell.application.webhook;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.InMemoryWebhooks;
import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.WebhookViews.CommentData;
import dev.inkwell.application.port.model.WebhookViews.CommentRef;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;
import dev.inkwell.application.port.model.WebhookViews.PostData;
import dev.inkwell.application.port.model.WebhookViews.PostRef;
import dev.inkwell.application.port.model.WebhookViews.RegisteredWebhook;
import dev.inkwell.application.port.model.WebhookViews.SendResult;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import dev.inkwell.domain.webhook.RetrySchedule;
import dev.inkwell.domain.webhook.WebhookEvent;
import dev.inkwell.domain.webhook.WebhookId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The webhook use cases on the in-memory fakes: registration, the outbox writer, the delivery rules. */
class WebhookUseCasesTest {

    private final PublishingFixture f = new PublishingFixture();
    private final InMemoryWebhooks hooks = new InMemoryWebhooks();
    private final List<String> refused = new ArrayList<>();
    private final WebhookAdminService admin = new WebhookAdminService(hooks, hooks,
            url -> refused.contains(url.value().getHost()) ? Optional.of("private") : Optional.empty(), f.clock);
    private final List<OutboxEvent> built = new ArrayList<>();
    private final WebhookOutboxWriter writer = new WebhookOutboxWriter(hooks, event -> {
        built.add(event);
        return "body of " + event.type().wireName();
    }, f.posts, f.comments);
    private final WebhookDeliveryService delivery = new WebhookDeliveryService(hooks, new RetrySchedule(3), f.clock);

    {
        f.events.listen(writer::inTransaction);
    }

    private RegisteredWebhook subscribe(String... events) {
        return admin.register(f.admin, "https://hooks.example.com/x", List.of(events), null);
    }

    // --- registration ---------------------------------------------------------------------------

    @Test
    void an_admin_registers_a_webhook_with_a_generated_secret_shown_once() {
        RegisteredWebhook registered = admin.register(f.admin, "https://hooks.example.com/a",
                List.of("comment.created", "post.published"), null);
        assertThat(registered.secret()).matches("[0-9a-f]{64}");
        assertThat(registered.webhook().events()).containsExactly("post.published", "comment.created");
        assertThat(registered.webhook().createdAt()).isEqualTo(PublishingFixture.NOW);
        assertThat(admin.list(f.admin)).containsExactly(registered.webhook());
        assertThat(admin.register(f.admin, "https://hooks.example.com/b", List.of("post.deleted"), null).secret())
                .isNotEqualTo(registered.secret());
        assertThat(admin.register(f.admin, "https://hooks.example.com/c", List.of("post.deleted"),
                "given-secret-123456").secret()).isEqualTo("given-secret-123456");
    }

    @Test
    void only_admins_manage_webhooks_and_bad_input_is_400_on_every_field_before_the_target_is_checked() {
        assertThatThrownBy(() -> admin.register(f.moderator, "https://h.example.com", List.of("post.published"), null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> admin.list(f.author)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> admin.delete(f.author, WebhookId.random())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> admin.deliveries(f.author, WebhookId.random(), new PageRequest(1, 10)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> admin.register(f.admin, "ftp://x", List.of("nope"), "short"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("url", "events", "secret"));
        refused.add("internal.example.com");
        assertThatThrownBy(() -> admin.register(f.admin, "https://internal.example.com/h", List.of("post.published"),
                null)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field())
                .isEqualTo("url"));
        assertThat(admin.list(f.admin)).isEmpty();
        assertThatThrownBy(() -> admin.delete(f.admin, WebhookId.random())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> admin.deliveries(f.admin, WebhookId.random(), new PageRequest(1, 10)))
                .isInstanceOf(NotFound.class);
    }

    // --- the outbox writer ----------------------------------------------------------------------

    @Test
    void publishing_edits_unpublishing_and_deleting_a_public_post_write_their_events_with_their_data() {
        subscribe("post.published", "post.updated", "post.unpublished", "post.deleted");
        PostDetail post = f.published("Told");
        f.writing.edit(f.author, EditPostCommand.of(postId(post), "Told again", null, null, null, null));
        f.workflow.unpublish(f.author, postId(post));
        f.workflow.publish(f.author, postId(post));
        f.workflow.delete(f.author, postId(post));

        assertThat(hooks.events()).extracting(OutboxEvent::type).containsExactly(WebhookEvent.POST_PUBLISHED,
                WebhookEvent.POST_UPDATED, WebhookEvent.POST_UNPUBLISHED, WebhookEvent.POST_PUBLISHED,
                WebhookEvent.POST_DELETED);
        OutboxEvent published = hooks.events().get(0);
        assertThat(published.data()).isInstanceOfSatisfying(PostData.class, data -> {
            assertThat(data.post().id()).isEqualTo(post.summary().id());
            assertThat(data.post().published()).isTrue();
            assertThat(data.post().favorited()).isFalse();
        });
        assertThat(published.occurredAt()).isEqualTo(PublishingFixture.NOW);
        assertThat(((PostData) hooks.events().get(1).data()).post().title()).isEqualTo("Told again");
        assertThat(hooks.events().get(2).data()).isEqualTo(new PostRef(post.summary().id(), post.summary().slug()));
        assertThat(hooks.events().get(4).data()).isEqualTo(new PostRef(post.summary().id(), post.summary().slug()));
        assertThat(hooks.events().stream().map(OutboxEvent::id).distinct()).hasSize(5);
        assertThat(hooks.body(published.id())).isEqualTo("body of post.published");
    }

    @Test
    void drafts_tell_no_one_and_nothing_is_built_for_an_event_without_subscribers() {
        subscribe("post.updated", "post.deleted");
        PostDetail draft = f.draft("Quiet");
        f.writing.edit(f.author, EditPostCommand.of(postId(draft), "Still quiet", null, null, null, null));
        f.workflow.delete(f.author, postId(draft));
        PostDetail published = f.published("Published, unsubscribed");
        assertThat(hooks.events()).isEmpty();
        assertThat(built).isEmpty(); // no payload was built for post.published: nobody subscribes to it
        f.workflow.delete(f.author, postId(published));
        assertThat(hooks.events()).extracting(OutboxEvent::type).containsExactly(WebhookEvent.POST_DELETED);
    }

    @Test
    void comments_coming_and_going_write_their_events() {
        subscribe("comment.created", "comment.deleted");
        PostDetail post = f.published("Commented");
        CommentView comment = f.commentService.add(f.stranger, postId(post), new CommentContent("Hello"));
        f.commentService.delete(f.stranger, new CommentId(comment.id()));
        assertThat(hooks.events()).extracting(OutboxEvent::type)
                .containsExactly(WebhookEvent.COMMENT_CREATED, WebhookEvent.COMMENT_DELETED);
        assertThat(hooks.events().get(0).data()).isInstanceOfSatisfying(CommentData.class, data -> {
            assertThat(data.postId()).isEqualTo(post.summary().id());
            assertThat(data.comment().content()).isEqualTo("Hello");
        });
        assertThat(hooks.events().get(1).data()).isEqualTo(new CommentRef(comment.id(), post.summary().id()));
    }

    @Test
    void a_post_published_by_the_scheduler_writes_its_event_like_a_manual_publish() {
        subscribe("post.published");
        PostDetail draft = f.draft("Later");
        f.workflow.schedule(f.author, postId(draft), PublishingFixture.NOW.plusSeconds(60));
        f.clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(f.scheduler.publishDue()).isEqualTo(1);
        assertThat(hooks.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(WebhookEvent.POST_PUBLISHED);
            assertThat(((PostData) e.data()).post().publishedAt()).isEqualTo(PublishingFixture.NOW.plusSeconds(60));
        });
    }

    // --- delivery -------------------------------------------------------------------------------

    @Test
    void attempts_retry_with_backoff_until_the_last_one_fails_for_good() {
        subscribe("post.published");
        f.published("Unlucky");
        DueDelivery first = delivery.claimDue(10).get(0);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(delivery.claimDue(10)).isEmpty(); // leased
        assertThat(delivery.recordAttempt(first, SendResult.answered(500))).isEqualTo(AttemptStatus.RETRYING);
        assertThat(delivery.claimDue(10)).isEmpty(); // due in 1 s
        f.clock.advance(java.time.Duration.ofSeconds(1));
        DueDelivery second = delivery.claimDue(10).get(0);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(delivery.recordAttempt(second, SendResult.failed("x".repeat(600)))).isEqualTo(AttemptStatus.RETRYING);
        f.clock.advance(java.time.Duration.ofMillis(1999));
        assertThat(delivery.claimDue(10)).isEmpty(); // due in 2 s
        f.clock.advance(java.time.Duration.ofMillis(1));
        DueDelivery third = delivery.claimDue(10).get(0);
        assertThat(delivery.backlog()).isEqualTo(1);
        assertThat(delivery.recordAttempt(third, SendResult.answered(404))).isEqualTo(AttemptStatus.FAILED);
        assertThat(delivery.backlog()).isZero();
        f.clock.advance(java.time.Duration.ofHours(2));
        assertThat(delivery.claimDue(10)).isEmpty();

        var attempts = admin.deliveries(f.admin, new WebhookId(admin.list(f.admin).get(0).id()), new PageRequest(1, 10));
        assertThat(attempts.items()).extracting(a -> a.status()).containsExactly(AttemptStatus.FAILED,
                AttemptStatus.RETRYING, AttemptStatus.RETRYING);
        assertThat(attempts.items().get(0).error()).isEqualTo("HTTP 404");
        assertThat(attempts.items().get(1).error()).hasSize(WebhookDeliveryService.MAX_ERROR);
        assertThat(attempts.items().get(1).responseCode()).isNull();
        assertThat(attempts.items().get(2).responseCode()).isEqualTo(500);
    }

    @Test
    void a_2xx_answer_ends_the_delivery_and_every_subscriber_gets_its_own() {
        RegisteredWebhook one = subscribe("post.published");
        RegisteredWebhook two = subscribe("post.published");
        f.published("Twice told");
        List<DueDelivery> due = delivery.claimDue(10);
        assertThat(due).extracting(DueDelivery::webhookId)
                .containsExactlyInAnyOrder(one.webhook().id(), two.webhook().id());
        assertThat(due).extracting(DueDelivery::eventId).containsOnly(due.get(0).eventId());
        assertThat(delivery.recordAttempt(due.get(0), SendResult.answered(204))).isEqualTo(AttemptStatus.SUCCEEDED);
        assertThat(delivery.backlog()).isEqualTo(1);
        assertThat(delivery.recordAttempt(due.get(1), SendResult.answered(299))).isEqualTo(AttemptStatus.SUCCEEDED);
        assertThat(delivery.backlog()).isZero();
        assertThat(SendResult.answered(300).succeeded()).isFalse();
        assertThat(SendResult.answered(199).succeeded()).isFalse();
        admin.delete(f.admin, new WebhookId(one.webhook().id()));
        assertThat(admin.list(f.admin)).extracting(v -> v.id()).containsExactly(two.webhook().id());
        assertThat(UUID.fromString(due.get(0).eventId().toString())).isNotNull();
    }
}
