package dev.inkwell.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void is_stored_lower_cased_and_stripped() {
        assertThat(new Email("  Ada@Example.COM ").value()).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "ada@", "ada@example", "ada@@example.com", "a da@example.com",
            "ada@example..com", ""})
    void rejects_malformed_addresses(String text) {
        assertThatThrownBy(() -> new Email(text)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("email"));
    }

    @Test
    void accepts_254_characters_and_rejects_255() {
        String domain = "@example.com";
        assertThat(new Email("a".repeat(254 - domain.length()) + domain).value()).hasSize(254);
        assertThatThrownBy(() -> new Email("a".repeat(255 - domain.length()) + domain))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most 254");
    }

    @Test
    void rejects_null() {
        assertThatThrownBy(() -> new Email(null)).isInstanceOf(InvalidInput.class);
    }
}
