package dev.inkwell.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void a_lone_high_or_low_surrogate_is_refused_on_its_field() {
        for (String text : new String[] {"a\uD800b", "\uDC00", "end\uD83D", "\uDE00\uD83D"}) {
            assertThatThrownBy(() -> TextRules.required("title", text, 200))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).singleElement()
                            .satisfies(f -> {
                                assertThat(f.field()).isEqualTo("title");
                                assertThat(f.message()).contains("unpaired UTF-16 surrogate");
                            }));
        }
    }

    @Test
    void a_surrogate_pair_is_one_character_and_is_kept() {
        String emoji = "I \uD83D\uDE00 Java";
        assertThat(TextRules.required("title", emoji, 8)).isEqualTo(emoji);
        assertThatThrownBy(() -> TextRules.required("title", emoji, 7)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void nul_is_still_refused() {
        assertThatThrownBy(() -> TextRules.atMost("content", "a\u0000", 10)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("NUL");
    }
}
