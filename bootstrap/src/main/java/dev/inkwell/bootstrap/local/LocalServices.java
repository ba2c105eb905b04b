package dev.inkwell.bootstrap.local;

import io.quarkus.arc.Arc;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * What {@code ./mvnw quarkus:dev} and {@code java -jar} need before Quarkus starts: the
 * embedded PostgreSQL when no external database is configured. Its URL is handed over as
 * a system property, which also survives dev-mode live reloads (they re-run {@code main}
 * in a fresh class loader). JWT keys need nothing here: in dev and test mode smallrye-jwt
 * generates an in-memory key pair when none is configured.
 */
public final class LocalServices {

    static final String DATA_DIR = "inkwell.embedded-db.data-dir";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String STARTED_MARKER = "inkwell.embedded-db.started-url";
    private static final Logger LOG = Logger.getLogger(LocalServices.class);

    private LocalServices() {
    }

    public static synchronized void prepare() {
        Config config = ConfigProvider.getConfig();
        startEmbeddedDatabaseUnlessConfigured(config);
    }

    private static void startEmbeddedDatabaseUnlessConfigured(Config config) {
        String started = System.getProperty(STARTED_MARKER);
        if (started != null) {
            return; // a live reload: the server of the first start is still running
        }
        if (config.getOptionalValue(JDBC_URL, String.class).filter(s -> !s.isBlank()).isPresent()) {
            LOG.info("using the configured external PostgreSQL; no embedded server is started");
            return;
        }
        Path dataDir = Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("./.inkwell/pgdata"))
                .toAbsolutePath().normalize();
        LOG.infof("starting the embedded PostgreSQL with its data in %s", dataDir);
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
        System.setProperty(JDBC_URL, db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty(STARTED_MARKER, db.jdbcUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(db), "inkwell-embedded-db-stop"));
    }

    /** Lets Quarkus close its connection pool first, so that shutdown logs no connection errors. */
    private static void stopAfterQuarkus(EmbeddedDatabase db) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline && Optional.ofNullable(Arc.container()).map(c -> c.isRunning()).orElse(false)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        db.close();
    }
}
