package dev.inkwell.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ada_lovelace", "ada-lovelace", "a1b2c3", "0123456789012345678901234567890123456789"})
    void accepts_3_to_40_of_lower_case_letters_digits_underscore_and_dash(String text) {
        assertThat(new Username(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Ada", "ada lovelace", "ada.lovelace", "zoë", "01234567890123456789012345678901234567890", ""})
    void rejects_anything_else(String text) {
        assertThatThrownBy(() -> new Username(text)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest(name = "\"{0}\" generates \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Ada Lovelace|ada-lovelace",
            "Zoë Ångström|zoe-angstrom",
            "Al|user-al",
            "X|user-x",
            "日本語|user",
            "!!!|user",
            "Jean-Luc O'Neil|jean-luc-o-neil"})
    void is_generated_from_the_name(String name, String expected) {
        assertThat(Username.generateFrom(name).value()).isEqualTo(expected);
    }

    @Test
    void a_generated_username_never_exceeds_40_characters() {
        Username generated = Username.generateFrom("Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen");
        assertThat(generated.value()).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").isEqualTo("maximilian-alexander-friedrich-von");
    }

    @Test
    void suffixes_keep_the_result_within_40_characters() {
        Username full = new Username("a".repeat(40));
        assertThat(full.withSuffix(2).value()).isEqualTo("a".repeat(38) + "-2");
        assertThat(full.withSuffix(123).value()).isEqualTo("a".repeat(36) + "-123");
        assertThat(new Username("ada").withSuffix(3).value()).isEqualTo("ada-3");
        assertThatThrownBy(() -> full.withSuffix(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
