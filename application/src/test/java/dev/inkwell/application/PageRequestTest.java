package dev.inkwell.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.error.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaults_are_page_1_and_limit_10() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(1, 10));
        assertThat(PageRequest.parse("3", "100").offset()).isEqualTo(200);
    }

    @Test
    void bad_values_name_each_parameter() {
        assertThatThrownBy(() -> PageRequest.parse("abc", "0")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("page", "limit"));
        assertThatThrownBy(() -> PageRequest.parse("-1", null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageRequest.parse(null, "101")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageRequest.parse("99999999999", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void pages_is_the_ceiling_of_total_over_limit_and_zero_when_empty() {
        assertThat(new Page<>(List.of(), 1, 10, 0).pages()).isZero();
        assertThat(new Page<>(List.of(), 1, 10, 10).pages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 1, 10, 11).pages()).isEqualTo(2);
    }
}
