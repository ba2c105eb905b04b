package dev.inkwell.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests the build generates ({@code quarkus-kubernetes}, written at package time
 * to {@code target/kubernetes/kubernetes.json}), read as a cluster would read them. No cluster runs
 * here; this holds the promises of README "Kubernetes": 3 replicas that keep capacity through a
 * rolling update, probes on the health endpoints, sized resources, JWT keys and database settings
 * from Secrets, and a grace period that covers the drain.
 */
class KubernetesManifestIT {

    static JsonNode service;
    static JsonNode deployment;
    static JsonNode container;
    static Properties settings = new Properties();

    @BeforeAll
    static void read() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(Path.of("target", "kubernetes", "kubernetes.json")));
        List<JsonNode> items = new ArrayList<>();
        (manifest.has("items") ? manifest.get("items") : manifest).forEach(items::add);
        for (JsonNode item : items) {
            switch (item.path("kind").asText()) {
                case "Service" -> service = item;
                case "Deployment" -> deployment = item;
                default -> { }
            }
        }
        assertThat(deployment).as("a Deployment").isNotNull();
        assertThat(service).as("a Service").isNotNull();
        container = deployment.at("/spec/template/spec/containers/0");
        try (InputStream in = KubernetesManifestIT.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
    }

    @Test
    void three_replicas_and_a_rolling_update_that_never_drops_below_them() {
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asText()).isEqualTo("0");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxSurge").asText()).isEqualTo("1");
        // a selector is immutable: with the version in it the next release could not roll out
        assertThat(deployment.at("/spec/selector/matchLabels").has("app.kubernetes.io/version")).isFalse();
        assertThat(service.at("/spec/selector").has("app.kubernetes.io/version")).isFalse();
        assertThat(service.at("/spec/ports/0/targetPort").asInt()).isEqualTo(8080);
    }

    @Test
    void probes_ask_the_health_endpoints() {
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            // the readiness check bounds its database query to 3 s: the probe waits longer than that
            assertThat(container.at("/" + probe + "/timeoutSeconds").asInt()).as(probe).isGreaterThan(3);
        }
    }

    @Test
    void resources_are_requested_and_bounded_and_the_heap_fits_the_limit() {
        long requested = mebibytes(container.at("/resources/requests/memory").asText());
        long limit = mebibytes(container.at("/resources/limits/memory").asText());
        assertThat(requested).isPositive();
        assertThat(limit).isGreaterThanOrEqualTo(requested);
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/cpu").asText()).isNotEmpty();
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertThat(args).contains("-Xmx256m");
        assertThat(limit).as("heap plus the executable's own memory").isGreaterThanOrEqualTo(256 + 128);
    }

    @Test
    void jwt_keys_come_from_a_secret_and_database_settings_from_a_secret_and_a_config_map() {
        JsonNode volume = deployment.at("/spec/template/spec/volumes/0");
        assertThat(volume.at("/secret/secretName").asText()).isEqualTo("inkwell-jwt");
        String mount = container.at("/volumeMounts/0/mountPath").asText();
        assertThat(container.at("/volumeMounts/0/name").asText()).isEqualTo(volume.path("name").asText());
        assertThat(env("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).startsWith(mount + "/");
        assertThat(env("SMALLRYE_JWT_SIGN_KEY_LOCATION")).startsWith(mount + "/");
        List<String> from = new ArrayList<>();
        container.path("envFrom").forEach(e -> from.add(e.has("secretRef")
                ? "secret:" + e.at("/secretRef/name").asText() : "configMap:" + e.at("/configMapRef/name").asText()));
        assertThat(from).containsExactlyInAnyOrder("secret:inkwell-db", "configMap:inkwell-config");
        assertThat(container.toString()).doesNotContain("BEGIN").doesNotContain("PASSWORD\",\"value");
    }

    @Test
    void the_grace_period_covers_the_pre_stop_pause_and_the_drain() {
        long grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asLong();
        long pause = container.at("/lifecycle/preStop/sleep/seconds").asLong();
        Duration drain = Duration.parse("PT" + settings.getProperty("quarkus.shutdown.timeout"));
        assertThat(pause).isPositive();
        assertThat(grace).isGreaterThan(pause + drain.toSeconds());
    }

    private static String env(String name) {
        for (JsonNode var : container.path("env")) {
            if (name.equals(var.path("name").asText())) {
                return var.path("value").asText();
            }
        }
        throw new AssertionError("no " + name + " in " + container.path("env"));
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).endsWith("Mi");
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }
}
