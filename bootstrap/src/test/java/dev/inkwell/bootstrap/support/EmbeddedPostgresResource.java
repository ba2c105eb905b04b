package dev.inkwell.bootstrap.support;

import dev.inkwell.bootstrap.local.EmbeddedDatabase;
import dev.inkwell.bootstrap.web.RequestIds;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest} a real PostgreSQL in a
 * throw-away directory (stopped after the run). An external database given by
 * {@code QUARKUS_DATASOURCE_JDBC_URL} wins and then nothing is started.
 *
 * <p>A {@code @QuarkusTest} runs in the test profile, where smallrye-jwt generates throw-away
 * keys. The packaged artifact of a {@code @QuarkusIntegrationTest} (the jar, or the native
 * executable) runs in the production profile and is configured as production is: JWT keys
 * from PEM files and a first administrator, all handed over as configuration.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey.location";
    private static final String PRIVATE_KEY = "smallrye.jwt.sign.key.location";

    /**
     * URLs this resource handed out: the integration-test extension leaves them behind as system
     * properties, where a restart of the resources (after a failed test) must not take them for an
     * external database, or the relaunched artifact is sent to a server that was stopped.
     */
    private static final java.util.Set<String> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EmbeddedDatabase database;
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        // failsafe (bootstrap/pom.xml) names the key files; surefire's @QuarkusTests do not
        boolean packagedArtifact = System.getProperty(PUBLIC_KEY) != null;
        Map<String, String> config = new HashMap<>();
        System.setProperty(RequestIds.QUARKUS_URI_CHECK_OFF, "true"); // as InkwellMain does
        if (externalUrl().isEmpty()) {
            database = EmbeddedDatabase.start(null);
            // the tests reach the same database directly, without the proxy (TestDatabase)
            System.setProperty(TestDatabase.URL, database.jdbcUrl());
            System.setProperty(TestDatabase.USER, EmbeddedDatabase.USER);
            if (packagedArtifact) {
                config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            } else {
                // the service talks to the database through a proxy that tests can cut (see DatabaseOutageTest)
                proxy = DatabaseProxy.start(database.port());
                config.put("quarkus.datasource.jdbc.url", database.jdbcUrlOnPort(proxy.port()));
            }
            HANDED_OUT.add(config.get("quarkus.datasource.jdbc.url"));
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        }
        if (packagedArtifact) {
            // the artifact reads the key files that failsafe names and that are written here
            TestKeys.writePair(Path.of(System.getProperty(PUBLIC_KEY)), Path.of(System.getProperty(PRIVATE_KEY)));
            config.put(PUBLIC_KEY, System.getProperty(PUBLIC_KEY));
            config.put(PRIVATE_KEY, System.getProperty(PRIVATE_KEY));
            config.put("inkwell.bootstrap-admin.email", Api.ADMIN_EMAIL);
            config.put("inkwell.bootstrap-admin.password", Api.ADMIN_PASSWORD);
            // the suite registers hundreds of users from one address in a minute; the limits are
            // tested on the packaged jar by ScaleOutIT, across two instances
            for (String limit : new String[] {"login-failures", "login-per-minute", "registrations-per-hour",
                    "writes-per-minute"}) {
                config.put("inkwell.limits." + limit, "0");
            }
            // the webhook suite's receivers listen on 127.0.0.1; ScaleOutIT checks the production
            // default (such a target refused with 400) on instances of its own
            config.put("inkwell.webhooks.allow-private-targets", "true");
        }
        return config;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static Optional<String> externalUrl() {
        return Optional.ofNullable(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                .or(() -> Optional.ofNullable(System.getProperty("quarkus.datasource.jdbc.url")))
                .filter(s -> !s.isBlank())
                .filter(s -> !HANDED_OUT.contains(s));
    }
}
