package dev.inkwell.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Configuration the contract fixes, read as the running service reads it. */
@QuarkusTest
class CacheConfigTest {

    @Test
    void the_popular_list_is_never_more_than_5_minutes_old() {
        assertThat(ConfigProvider.getConfig()
                .getValue("quarkus.cache.caffeine.\"popular-posts\".expire-after-write", Duration.class))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void workers_are_bounded_by_the_connection_pool_not_by_the_number_of_clients() {
        int workers = ConfigProvider.getConfig().getValue("quarkus.thread-pool.max-threads", Integer.class);
        int connections = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        // enough to keep every connection busy while others parse and write JSON; not one per client
        assertThat(workers).isBetween(connections, 2 * connections);
    }
}
