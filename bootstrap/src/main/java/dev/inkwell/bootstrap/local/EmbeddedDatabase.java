package dev.inkwell.bootstrap.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL (zonky's packaged binaries) for running and testing Inkwell with no
 * set-up. It runs as a separate process started by {@code pg_ctl}: it must be stopped
 * explicitly, and a process left over by a killed JVM is stopped before a new start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "inkwell";
    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server keeping its data in {@code dataDir} (kept across restarts), or in a
     * throw-away directory when {@code dataDir} is null.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT);
            if (dataDir != null) {
                Path dir = dataDir.toAbsolutePath();
                Files.createDirectories(dir);
                stopLeftOverServer(dir);
                // zonky tunes for throw-away test data (fsync off); data meant to survive must be durable
                builder.setDataDirectory(dir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
            db.createDatabaseIfMissing();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrlOnPort(port());
    }

    /** The URL of this database as reached through another local port (a relay in front of it). */
    public String jdbcUrlOnPort(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("the embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    /** A server from a JVM that was killed still owns the data directory: stop it first. */
    static void stopLeftOverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && process.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            LOG.infof("stopping a PostgreSQL (pid %d) left running in %s", pid.get(), dataDir);
            process.get().destroy();
            try {
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").strip();
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
