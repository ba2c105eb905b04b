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
}
