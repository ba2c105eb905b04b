package dev.inkwell.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivedSettingsTest {

    @Test
    void the_statement_timeout_becomes_postgresqls_and_the_threshold_hibernates() {
        Map<String, String> derived = DerivedSettings.derive("5S", "100ms");
        assertThat(derived).containsEntry(DerivedSettings.PG_OPTIONS, "-c statement_timeout=5000 -c max_parallel_workers_per_gather=0")
                .containsEntry(DerivedSettings.REPLICA_PG_OPTIONS, "-c statement_timeout=5000 -c max_parallel_workers_per_gather=0")
                .containsEntry(DerivedSettings.HIBERNATE_SLOW, "100");
        assertThat(DerivedSettings.derive("PT0.25S", "2s")).containsEntry(DerivedSettings.PG_OPTIONS,
                "-c statement_timeout=250 -c max_parallel_workers_per_gather=0").containsEntry(DerivedSettings.HIBERNATE_SLOW, "2000");
    }

    @Test
    void zero_negative_or_garbage_durations_stop_start_up_naming_the_setting() {
        assertThatThrownBy(() -> DerivedSettings.derive("0S", "100ms")).hasMessageContaining("inkwell.db.statement-timeout");
        assertThatThrownBy(() -> DerivedSettings.derive("5S", "soon")).hasMessageContaining("inkwell.slow-query-threshold");
        assertThatThrownBy(() -> DerivedSettings.derive("-1S", "100ms")).hasMessageContaining("positive");
    }
}
