package dev.inkwell.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchedulingValuesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void a_publication_time_is_strictly_in_the_future_and_at_most_a_year_ahead() {
        assertThat(PublishAt.requested(NOW.plusMillis(1), NOW).value()).isEqualTo(NOW.plusMillis(1));
        assertThat(PublishAt.requested(NOW.plus(Duration.ofDays(365)), NOW).value())
                .isEqualTo(NOW.plus(Duration.ofDays(365)));
        for (Instant refused : new Instant[] {NOW, NOW.minusSeconds(1), NOW.plus(Duration.ofDays(365)).plusMillis(1)}) {
            assertThatThrownBy(() -> PublishAt.requested(refused, NOW)).as(refused.toString())
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("publishAt"));
        }
        assertThatThrownBy(() -> PublishAt.requested(null, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessage("publishAt is required");
    }

    @Test
    void a_scheduled_time_is_due_from_that_instant_on() {
        PublishAt at = PublishAt.requested(NOW.plusSeconds(60), NOW);
        assertThat(at.isDueAt(NOW.plusSeconds(59))).isFalse();
        assertThat(at.isDueAt(NOW.plusSeconds(60))).isTrue();
        assertThat(at.isDueAt(NOW.plusSeconds(3600))).isTrue();
    }

    @Test
    void reading_time_is_words_over_230_rounded_up_and_at_least_one_minute() {
        assertThat(ReadingTime.minutes(new PostContent("one"))).isEqualTo(1);
        assertThat(ReadingTime.minutes(new PostContent("w ".repeat(230)))).isEqualTo(1);
        assertThat(ReadingTime.minutes(new PostContent("w ".repeat(231)))).isEqualTo(2);
        assertThat(ReadingTime.minutes(new PostContent("w\n".repeat(460)))).isEqualTo(2);
        assertThat(ReadingTime.minutes(new PostContent("w\t".repeat(461)))).isEqualTo(3);
    }

    @Test
    void words_are_tokens_between_any_white_space_markdown_marks_included() {
        assertThat(ReadingTime.words("# Title\n\n- a **bold** item\u00a0here")).isEqualTo(7);
        assertThat(ReadingTime.words("  leading and trailing  ")).isEqualTo(3);
        assertThat(ReadingTime.words("café 😀 naïve")).isEqualTo(3);
        assertThat(ReadingTime.words(" \n\t ")).isZero();
    }

    @Test
    void a_status_is_published_first_then_scheduled_when_it_has_a_time_else_draft() {
        assertThat(PostStatus.of(true, false)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(PostStatus.of(true, true)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(PostStatus.of(false, true)).isEqualTo(PostStatus.SCHEDULED);
        assertThat(PostStatus.of(false, false)).isEqualTo(PostStatus.DRAFT);
    }
}
