package dev.inkwell.domain.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugPolicyTest {

    private final SlugPolicy policy = new SlugPolicy(new SplittableRandom(42));

    private Slug slug(String title) {
        return policy.forTitle(title);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Héllo, Wörld! Ça va?|hello-world-ca-va",            // the contract's example
            "Hello World|hello-world",
            "  ...Leading and trailing!!!  |leading-and-trailing", // separators at both ends
            "e\u0301te\u0301 a\u0300 Paris|ete-a-paris",         // combining marks written separately
            "ÉCOLE ÜBER ÅNGSTRÖM|ecole-uber-angstrom",              // upper-case Unicode
            "İstanbul Ǆungla|istanbul-ungla",     // İ decomposes under NFD; the Ǆ ligature (compatibility only) does not
            "C++ & Java -- 2026|c-java-2026",                       // runs of symbols become one dash
            "snake_case_title|snake-case-title",
            "Crème brûlée 日本語 recipe|creme-brulee-recipe"})
    void a_slug_is_the_folded_title(String title, String expected) {
        assertThat(slug(title).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "日本語", "Привет", "¿¡…!?", "\u0301\u0301"})
    void a_title_with_nothing_to_fold_gets_post_and_8_hex_chars(String title) {
        assertThat(slug("x" + title).value()).isEqualTo("x"); // sanity: the rest folds away
        assertThat(slug(title).value()).matches("post-[0-9a-f]{8}");
    }

    @Test
    void unfoldable_titles_get_different_random_slugs() {
        assertThat(slug("!!!")).isNotEqualTo(slug("!!!"));
    }

    @Test
    void a_long_title_is_cut_to_80_characters_at_a_dash() {
        String title = "word ".repeat(30); // "word-word-…": a dash after every 4 letters
        Slug s = slug(title);
        assertThat(s.value()).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotEndWith("-");
        assertThat(s.value()).isEqualTo(String.join("-", java.util.Collections.nCopies(16, "word")));
    }

    @Test
    void a_long_title_without_dashes_is_cut_at_80_characters() {
        assertThat(slug("a".repeat(120)).value()).isEqualTo("a".repeat(80));
    }

    @Test
    void a_cut_exactly_before_a_dash_keeps_the_whole_word() {
        String title = "x".repeat(80) + " tail";
        assertThat(slug(title).value()).isEqualTo("x".repeat(80));
    }

    @Test
    void category_names_follow_the_same_rules_with_their_own_fallback() {
        assertThat(policy.forCategoryName("Über Café").value()).isEqualTo("uber-cafe");
        assertThat(policy.forCategoryName("日本").value()).matches("category-[0-9a-f]{8}");
    }

    @Test
    void a_slug_rejects_anything_outside_the_form() {
        for (String bad : new String[]{"", "-a", "a-", "a--b", "A", "é", "a b", "a".repeat(101)}) {
            assertThatThrownBy(() -> new Slug(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThat(new Slug("a".repeat(100)).value()).hasSize(100);
    }

    @Test
    void suffixes_start_at_2_and_are_recognised_as_the_same_base() {
        Slug base = new Slug("hello");
        assertThat(base.withSuffix(2).value()).isEqualTo("hello-2");
        assertThat(base.withSuffix(13).hasBase(base)).isTrue();
        assertThat(base.hasBase(base)).isTrue();
        assertThat(new Slug("hello-world").hasBase(base)).isFalse();
        assertThat(new Slug("hello-1").hasBase(base)).isFalse();
        assertThat(new Slug("hello-02").hasBase(base)).isFalse();
        assertThat(new Slug("hello2").hasBase(base)).isFalse();
        assertThatThrownBy(() -> base.withSuffix(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
