package dev.inkwell.bootstrap.ops;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Never a hang", the client's half. PostgreSQL's {@code statement_timeout} (set on every pooled
 * connection from {@code inkwell.db.statement-timeout} by {@link DerivedSettings}) cancels a
 * statement that runs too long, but a server that does not answer at all (frozen, or behind a
 * network black hole) cancels nothing. So every connection handed out after start-up also gets
 * the driver's network timeout: the bound plus {@link #NETWORK_MARGIN}, after which the driver
 * gives up, closes the connection and the request is answered 503.
 *
 * <p>Not before start-up: Flyway migrates the schema on the same pool first, and a migration may
 * legitimately run longer than any request should ({@code quarkus.flyway.init-sql} lifts the
 * server-side bound for its connections too).
 */
@ApplicationScoped
public class StatementBounds implements AgroalPoolInterceptor {

    static final Duration NETWORK_MARGIN = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(StatementBounds.class);
    private static final Executor SAME_THREAD = Runnable::run;

    private final Duration statementTimeout;
    private volatile boolean armed;

    public StatementBounds(@ConfigProperty(name = DerivedSettings.STATEMENT_TIMEOUT,
            defaultValue = DerivedSettings.STATEMENT_TIMEOUT_DEFAULT) Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    /** Before the other start-up observers, so that their statements are bounded as well. */
    void arm(@Observes @Priority(1) StartupEvent event) {
        armed = true;
        LOG.infof("every SQL statement is bounded: statement_timeout %d ms, network timeout %d ms",
                statementTimeout.toMillis(), networkTimeout().toMillis());
    }

    public Duration networkTimeout() {
        return statementTimeout.plus(NETWORK_MARGIN);
    }

    /** A local socket option, no round trip: cheap enough for every hand-out. */
    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!armed) {
            return;
        }
        try {
            connection.setNetworkTimeout(SAME_THREAD, (int) networkTimeout().toMillis());
        } catch (SQLException e) {
            // a closed connection: the statement that follows fails and is answered as it should be
            LOG.debugf("could not set the network timeout: %s", e.getMessage());
        }
    }
}
