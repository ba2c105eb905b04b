package dev.inkwell.bootstrap.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Production refuses to start without signing and verification keys, and says which
 * setting is missing (dev mode and tests use throw-away keys instead).
 */
@ApplicationScoped
public class ProductionConfigGuard {

    void onStart(@Observes @Priority(1) StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (absent(config, "mp.jwt.verify.publickey.location") && absent(config, "mp.jwt.verify.publickey")) {
            missing.add("mp.jwt.verify.publickey.location (env MP_JWT_VERIFY_PUBLICKEY_LOCATION): the PEM public key"
                    + " that verifies tokens");
        }
        if (absent(config, "smallrye.jwt.sign.key.location") && absent(config, "smallrye.jwt.sign.key")) {
            missing.add("smallrye.jwt.sign.key.location (env SMALLRYE_JWT_SIGN_KEY_LOCATION): the PEM private key"
                    + " that signs tokens");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Inkwell cannot start in production without JWT keys. Missing: "
                    + String.join("; ", missing));
        }
    }

    private static boolean absent(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isEmpty();
    }
}
