package dev.inkwell.bootstrap.ops;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, answered within {@link #BOUND} whatever the database does:
 * {@code select 1} on a pooled connection, DOWN when it fails or has not answered in time. Quarkus'
 * own check ({@code quarkus.datasource.health.enabled}, off) opens a new connection and waited
 * 30 s and more on a frozen server. At most one probe runs at a time; probes that come while it
 * runs share its answer, so a frozen database does not pile up threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final Duration BOUND = Duration.ofSeconds(3);
    static final String NAME = "Database";

    private final AgroalDataSource dataSource;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "inkwell-db-readiness");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> running;

    public DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            probe().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME).up().build();
        } catch (TimeoutException e) {
            return down("no answer within " + BOUND.toSeconds() + " s");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<Void> probe() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.runAsync(this::selectOne, probes);
        }
        return running;
    }

    private void selectOne() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) BOUND.toSeconds());
            statement.execute("select 1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
