package dev.inkwell.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** Plain JUnit: outside Quarkus the launch mode is NORMAL, i.e. production. */
class ProductionConfigGuardTest {

    private final ProductionConfigGuard guard = new ProductionConfigGuard();

    @Test
    void production_without_keys_refuses_to_start_naming_both_settings() {
        org.assertj.core.api.Assumptions.assumeThat(LaunchMode.current()).isEqualTo(LaunchMode.NORMAL);
        assertThatThrownBy(() -> guard.onStart(null, config(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .hasMessageContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION");
    }

    @Test
    void production_names_only_the_missing_setting() {
        assertThatThrownBy(() -> guard.onStart(null, config(Map.of("mp.jwt.verify.publickey.location", "/keys/pub.pem"))))
                .hasMessageNotContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .hasMessageContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION");
    }

    @Test
    void production_with_both_keys_starts() {
        assertThatCode(() -> guard.onStart(null, config(Map.of("mp.jwt.verify.publickey.location", "/keys/pub.pem",
                "smallrye.jwt.sign.key.location", "/keys/priv.pem")))).doesNotThrowAnyException();
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withDefaultValues(values).build();
    }
}
