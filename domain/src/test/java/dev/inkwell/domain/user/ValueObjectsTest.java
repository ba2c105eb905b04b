package dev.inkwell.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void a_password_is_8_to_72_utf8_bytes() {
        assertThat(new PlainPassword("12345678").value()).isEqualTo("12345678");
        assertThat(new PlainPassword("é".repeat(36)).value()).hasSize(36); // 72 bytes
        assertThatThrownBy(() -> new PlainPassword("1234567")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PlainPassword("é".repeat(36) + "x")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> new PlainPassword("        ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_password_never_prints_itself() {
        assertThat(new PlainPassword("secret-password")).hasToString("PlainPassword[****]");
        assertThat(new PasswordHash("$2a$12$abc")).hasToString("PasswordHash[****]");
    }

    @Test
    void a_name_is_1_to_100_characters_stripped() {
        assertThat(new DisplayName("  Ada  ").value()).isEqualTo("Ada");
        assertThat(new DisplayName("ü".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new DisplayName("x".repeat(101))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new DisplayName(" ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void profile_urls_must_be_absolute_http_or_https() {
        assertThat(new Profile(null, "https://example.com/a.png", "http://example.com").website()).isEqualTo("http://example.com");
        for (String bad : new String[] {"ftp://example.com", "/relative", "example.com", "javascript:alert(1)",
                "https://", "http://exa mple.com"}) {
            assertThatThrownBy(() -> new Profile(null, bad, null)).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void a_profile_reports_all_its_broken_parts() {
        assertThatThrownBy(() -> new Profile("b".repeat(1001), "nope", "nope"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("bio", "avatar", "website"));
    }

    @Test
    void merging_a_profile_keeps_absent_parts() {
        Profile merged = new Profile("bio", "https://a.example/x.png", null).merge(null, null, "https://w.example");
        assertThat(merged).isEqualTo(new Profile("bio", "https://a.example/x.png", "https://w.example"));
    }

    @Test
    void roles_parse_exactly() {
        assertThat(Role.parse("MODERATOR")).isEqualTo(Role.MODERATOR);
        assertThatThrownBy(() -> Role.parse("moderator")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("USER, MODERATOR, ADMIN");
        assertThatThrownBy(() -> Role.parse(null)).isInstanceOf(InvalidInput.class);
    }

}
