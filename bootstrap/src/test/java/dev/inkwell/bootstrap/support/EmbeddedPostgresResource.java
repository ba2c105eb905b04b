package dev.inkwell.bootstrap.support;

import dev.inkwell.bootstrap.local.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL in a throw-away directory (stopped
 * after the run) and throw-away JWT keys. An external database given by
 * {@code QUARKUS_DATASOURCE_JDBC_URL} wins and then nothing is started.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        if (externalUrl().isEmpty()) {
            database = EmbeddedDatabase.start(null);
            proxy = DatabaseProxy.start(database.port());
            // the service talks to the database through a proxy that tests can cut (see DatabaseOutageTest)
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrlOnPort(proxy.port()));
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
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
                .filter(s -> !s.isBlank());
    }
}
