package dev.inkwell.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiSlugsTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Héllo, Wörld! Ça va?|hello-world-ca-va",
            "  --Leading and trailing--  |leading-and-trailing",
            "ÀÉÎÕÜ uppercase|aeiou-uppercase",
            "e\u0301 combining mark|e-combining-mark",
            "under_score & ampersand|under-score-ampersand",
            "!!!|''",
            "日本語|''",
            "Ünïcödé 2026|unicode-2026"})
    void folds_text_to_lower_case_ascii_words_joined_by_dashes(String text, String expected) {
        assertThat(AsciiSlugs.fold(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cut(\"{0}\", {1}) = \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "short|10|short",
            "alpha-beta-gamma|11|alpha-beta",
            "alpha-beta-gamma|10|alpha-beta",
            "alpha-beta-gamma|12|alpha-beta",
            "abcdefghijklmnop|5|abcde"})
    void cuts_at_a_dash_boundary_where_possible(String slug, int max, String expected) {
        assertThat(AsciiSlugs.cut(slug, max)).isEqualTo(expected);
    }
}
