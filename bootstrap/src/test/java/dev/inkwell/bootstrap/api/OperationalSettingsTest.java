package dev.inkwell.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The operational bounds as the running service has them (api.md, "Operations"). ScaleOutIT and
 * DatabaseOutageTest show them at work; this pins the values the contract names.
 */
@QuarkusTest
class OperationalSettingsTest {

    private final Config config = ConfigProvider.getConfig();

    @Test
    void bounds_of_statements_connections_tokens_and_shutdown() {
        assertThat(config.getValue("inkwell.db.statement-timeout", Duration.class)).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.getValue("quarkus.datasource.jdbc.additional-jdbc-properties.options", String.class))
                .isEqualTo("-c statement_timeout=5000 -c max_parallel_workers_per_gather=0");
        assertThat(config.getValue("quarkus.http.idle-timeout", Duration.class)).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.getValue("quarkus.shutdown.timeout", Duration.class)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.getValue("mp.jwt.verify.clock.skew", Integer.class)).isLessThanOrEqualTo(5);
        assertThat(config.getValue("quarkus.hibernate-orm.log.queries-slower-than-ms", Long.class)).isEqualTo(100L);
    }
}
