package dev.inkwell.bootstrap.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service without its scheduler (publishing due posts, rendering older posts): for tests that
 * count every SQL statement the service runs during a request, which a tick would add to.
 */
public class NoBackgroundJobs implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "false");
    }
}
