package dev.inkwell.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    @Test
    void collects_every_broken_rule_before_throwing() {
        InputCheck check = new InputCheck();
        assertThat(check.check(() -> new Email("nope"))).isNull();
        assertThat(check.check(() -> new DisplayName(""))).isNull();
        assertThat(check.check(() -> new DisplayName("fine")).value()).isEqualTo("fine");
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("email", "name");
            assertThat(e).hasMessage("2 fields are invalid");
        });
    }

    @Test
    void an_absent_optional_input_is_no_error() {
        InputCheck check = new InputCheck();
        assertThat(check.<Email>optional(null, () -> new Email(null))).isNull();
        check.throwIfInvalid();
    }
}
