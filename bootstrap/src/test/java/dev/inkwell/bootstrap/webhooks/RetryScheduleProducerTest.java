package dev.inkwell.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inkwell.webhooks.max-attempts}: 1 to 100, else the service does not start. */
class RetryScheduleProducerTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 100})
    void a_sane_number_of_attempts_is_the_schedules_limit(int attempts) {
        assertThat(new RetryScheduleProducer().retrySchedule(attempts).maxAttempts()).isEqualTo(attempts);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void anything_else_stops_the_start_with_a_message_naming_the_setting(int attempts) {
        assertThatThrownBy(() -> new RetryScheduleProducer().retrySchedule(attempts))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inkwell.webhooks.max-attempts");
    }
}
