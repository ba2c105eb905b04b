package dev.inkwell.adapters.persistence.routing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The optional read replica ({@code inkwell.read-replica.jdbc-url}, the Quarkus datasource
 * {@value #REPLICA}). A request the web layer marked as an anonymous read ({@link #anonymousRead})
 * reads, outside any transaction, from the replica; everything else — a request with a token, a
 * write, anything in a transaction, background work — from the primary. Without the setting the
 * datasource is inactive and every read goes to the primary, as before.
 *
 * <p>A replica that can not give a connection does not fail the read: it goes to the primary, and
 * the fallback is logged (at most every 30 s) and counted.
 */
@ApplicationScoped
public class ReadRouting {

    public static final String REPLICA = "replica";
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;
    private static final Logger LOG = Logger.getLogger(ReadRouting.class);

    private final javax.sql.DataSource primary;
    private final Optional<AgroalDataSource> replica;
    private final ReadRoute route;
    private final AtomicLong replicaReads = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private volatile long lastWarning = System.nanoTime() - LOG_EVERY_NANOS;

    @Inject
    public ReadRouting(javax.sql.DataSource primary, @DataSource(REPLICA) InjectableInstance<AgroalDataSource> replica,
            ReadRoute route) {
        this.primary = primary;
        List<AgroalDataSource> active = replica.listActive();
        this.replica = active.isEmpty() ? Optional.empty() : Optional.of(active.get(0));
        this.route = route;
    }

    /** Whether a replica is configured. */
    public boolean replicaConfigured() {
        return replica.isPresent();
    }

    /** Marks the current request as an anonymous public read: its reads may go to the replica. */
    public void anonymousRead() {
        if (replica.isPresent()) {
            route.replica(true);
        }
    }

    /** Runs {@code work} with its reads on the primary, whatever the request is (what is cached must be fresh). */
    public <T> T onPrimary(Supplier<T> work) {
        if (!replicaWanted()) {
            return work.get();
        }
        route.replica(false);
        try {
            return work.get();
        } finally {
            route.replica(true);
        }
    }

    /** A connection of the replica, or empty (logged and counted) when it gives none. */
    public Optional<Connection> replicaConnection() {
        try {
            Connection connection = replica.orElseThrow().getConnection();
            replicaReads.incrementAndGet();
            return Optional.of(connection);
        } catch (SQLException | RuntimeException e) {
            fellBack(e);
            return Optional.empty();
        }
    }

    /** Records that an anonymous read was answered by the primary because of {@code cause}. */
    public void fellBack(Exception cause) {
        fallbacks.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastWarning >= LOG_EVERY_NANOS) {
            lastWarning = now;
            LOG.warnf("the read replica gave no connection or lost it (%s); anonymous reads go to the primary",
                    cause.getMessage());
        }
    }

    /**
     * Whether a failed read says the replica (or the connection to it) is unusable, rather than the
     * statement being wrong: a connection failure (class 08), the server shutting down or starting
     * (57P01–57P03), or a hot standby cancelling the read for a conflict with recovery (40001).
     * Such a read is run again on the primary.
     */
    public static boolean replicaUnusable(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P0") || "40001".equals(state);
    }

    /** Reads that went to the replica, and anonymous reads that fell back to the primary, since the start. */
    public long replicaReads() {
        return replicaReads.get();
    }

    public long fallbacks() {
        return fallbacks.get();
    }

    /** Whether this read should go to the replica: one is configured and the request is an anonymous read. */
    public boolean replicaWanted() {
        return replica.isPresent() && Arc.container().requestContext().isActive() && route.replica();
    }
}
