package dev.inkwell.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottledTest {

    @Test
    void retry_after_is_whole_seconds_rounded_up_and_never_zero() {
        assertThat(new Throttled("x", Duration.ofSeconds(900)).retryAfterSeconds()).isEqualTo(900);
        assertThat(new Throttled("x", Duration.ofMillis(900_001)).retryAfterSeconds()).isEqualTo(901);
        assertThat(new Throttled("x", Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Throttled("x", Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }
}
