package dev.inkwell.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void a_tag_is_trimmed_and_lower_cased() {
        assertThat(Tag.of("Java ").name()).isEqualTo("java");
        assertThat(Tag.of("  C# ").name()).isEqualTo("c#");
        assertThat(Tag.of("Ünïcode Fun").name()).isEqualTo("ünïcode fun");
        assertThat(Tag.of("a-b_c.d+e#f 9").name()).isEqualTo("a-b_c.d+e#f 9");
    }

    @Test
    void a_tag_has_1_to_30_characters_after_trimming() {
        assertThat(Tag.of("x".repeat(30)).name()).hasSize(30);
        assertThat(Tag.of("  " + "x".repeat(30) + "  ").name()).hasSize(30);
        assertThat(Tag.of("𝔸".repeat(30)).name().codePointCount(0, 60)).isEqualTo(30); // characters, not UTF-16 units
        assertInvalid("x".repeat(31));
        assertInvalid("   ");
        assertInvalid("");
        assertInvalid(null);
    }

    @Test
    void a_tag_has_letters_digits_spaces_and_dash_underscore_dot_hash_plus_only() {
        for (String bad : List.of("a,b", "a/b", "<b>", "a\u0000b", "emoji😀", "tab\there", "a'b", "a\"b", "a;b")) {
            assertInvalid(bad);
        }
    }

    @Test
    void duplicates_after_normalisation_are_merged_and_the_set_is_sorted_by_code_point() {
        Tags tags = Tags.of(List.of("Java", "java ", "Zebra", "apple", "Äpfel", "𝔸lpha", "ﬃ"));
        assertThat(tags.names()).containsExactly("apple", "java", "zebra", "äpfel", "ﬃ", "𝔸lpha");
    }

    @Test
    void a_post_has_at_most_10_distinct_tags_counted_after_merging() {
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add("t" + i);
        }
        assertThat(Tags.of(ten).values()).hasSize(10);
        List<String> tenWithDuplicates = new ArrayList<>(ten);
        tenWithDuplicates.addAll(Arrays.asList("T0", " t1 ", "T9"));
        assertThat(Tags.of(tenWithDuplicates).values()).hasSize(10);
        ten.add("t10");
        assertThatThrownBy(() -> Tags.of(ten)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at most 10 tags");
    }

    @Test
    void no_tags_is_an_empty_set() {
        assertThat(Tags.of(null).isEmpty()).isTrue();
        assertThat(Tags.of(List.of()).names()).isEmpty();
        assertThat(Tags.none()).isEqualTo(Tags.of(List.of()));
    }

    @Test
    void a_tag_built_directly_must_already_be_normalised() {
        assertThatThrownBy(() -> new Tag("Java")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Tag("java")).isEqualTo(Tag.of("JAVA"));
    }

    private static void assertInvalid(String raw) {
        assertThatThrownBy(() -> Tag.of(raw)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("tags"));
    }
}
