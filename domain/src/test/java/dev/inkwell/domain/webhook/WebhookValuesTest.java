package dev.inkwell.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/inkwell", "http://example.org", "HTTPS://Example.com:8443/a?b=c",
            "http://[2001:db8::1]/x"})
    void absolute_http_and_https_urls_are_webhook_urls(String url) {
        assertThat(WebhookUrl.of(url).value().toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/relative", "example.com/hook", "ftp://example.com/x", "file:///etc/passwd",
            "javascript:alert(1)", "http://", "http://user:pw@example.com/", "https://example.com/#frag",
            "http://exa mple.com/", "gopher://example.com"})
    void anything_else_is_a_400_on_url(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("url")));
    }

    @Test
    void a_url_longer_than_2048_characters_is_refused() {
        String base = "https://example.com/";
        assertThat(WebhookUrl.of(base + "a".repeat(2048 - base.length()))).isNotNull();
        assertThatThrownBy(() -> WebhookUrl.of(base + "a".repeat(2049 - base.length())))
                .hasMessageContaining("2048");
        assertThatThrownBy(() -> WebhookUrl.of(null)).hasMessageContaining("required");
    }

    @Test
    void events_are_parsed_by_their_wire_names_each_once() {
        assertThat(Webhook.parseEvents(List.of("post.published", "comment.created", "post.published")))
                .containsExactlyInAnyOrder(WebhookEvent.POST_PUBLISHED, WebhookEvent.COMMENT_CREATED);
        for (WebhookEvent event : WebhookEvent.values()) {
            assertThat(WebhookEvent.parse(event.wireName())).isEqualTo(event);
        }
        assertThatThrownBy(() -> Webhook.parseEvents(List.of("post.published", "post.exploded")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("post.exploded")
                .hasMessageContaining("comment.deleted");
        assertThatThrownBy(() -> Webhook.parseEvents(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Webhook.parseEvents(null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> WebhookEvent.parse("POST.PUBLISHED")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_webhook_wants_exactly_the_events_it_subscribed_to() {
        Webhook hook = new Webhook(WebhookId.random(), WebhookUrl.of("https://example.com/h"),
                Set.of(WebhookEvent.POST_PUBLISHED), WebhookSecret.given("0123456789abcdef"), Instant.EPOCH);
        assertThat(hook.wants(WebhookEvent.POST_PUBLISHED)).isTrue();
        assertThat(hook.wants(WebhookEvent.POST_DELETED)).isFalse();
        assertThatThrownBy(() -> new Webhook(WebhookId.random(), hook.url(), Set.of(), hook.secret(), Instant.EPOCH))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void secrets_given_are_16_to_200_printable_characters_and_generated_ones_64_hex_digits() {
        assertThat(WebhookSecret.given("x".repeat(16)).value()).hasSize(16);
        assertThat(WebhookSecret.given("x".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> WebhookSecret.given("x".repeat(15))).hasMessageContaining("16 to 200");
        assertThatThrownBy(() -> WebhookSecret.given("x".repeat(201))).hasMessageContaining("16 to 200");
        assertThatThrownBy(() -> WebhookSecret.given("with a space inside")).hasMessageContaining("printable");
        assertThatThrownBy(() -> WebhookSecret.given("tab\tinside-the-secret")).hasMessageContaining("printable");
        assertThatThrownBy(() -> WebhookSecret.given("ünïcödé-secret-value")).hasMessageContaining("printable");
        byte[] random = new byte[32];
        random[0] = (byte) 0xab;
        assertThat(WebhookSecret.generated(random).value()).hasSize(64).startsWith("ab00").matches("[0-9a-f]+");
        assertThatThrownBy(() -> WebhookSecret.generated(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookSecret.given("a-secret-never-logged").toString()).doesNotContain("never");
    }

    @Test
    void retries_back_off_1_2_4_seconds_capped_at_an_hour() {
        assertThat(RetrySchedule.delayAfter(1)).hasSeconds(1);
        assertThat(RetrySchedule.delayAfter(2)).hasSeconds(2);
        assertThat(RetrySchedule.delayAfter(3)).hasSeconds(4);
        assertThat(RetrySchedule.delayAfter(12)).hasSeconds(2048);
        assertThat(RetrySchedule.delayAfter(13)).hasHours(1);
        assertThat(RetrySchedule.delayAfter(1000)).hasHours(1);
        assertThatThrownBy(() -> RetrySchedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_attempt_succeeds_retries_or_fails_for_good_at_the_last_attempt() {
        RetrySchedule schedule = new RetrySchedule(3);
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        assertThat(schedule.after(1, true, now)).isEqualTo(
                new RetrySchedule.Verdict(RetrySchedule.AttemptStatus.SUCCEEDED, null));
        assertThat(schedule.after(1, false, now)).isEqualTo(
                new RetrySchedule.Verdict(RetrySchedule.AttemptStatus.RETRYING, now.plusSeconds(1)));
        assertThat(schedule.after(2, false, now).nextAttemptAt()).isEqualTo(now.plusSeconds(2));
        assertThat(schedule.after(3, false, now)).isEqualTo(
                new RetrySchedule.Verdict(RetrySchedule.AttemptStatus.FAILED, null));
        assertThat(schedule.after(3, true, now).status()).isEqualTo(RetrySchedule.AttemptStatus.SUCCEEDED);
        assertThat(RetrySchedule.AttemptStatus.RETRYING.wireName()).isEqualTo("retrying");
        assertThatThrownBy(() -> new RetrySchedule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
