package dev.inkwell.bootstrap.ops;

import dev.inkwell.adapters.persistence.routing.ReadRouting;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** {@link StatementBounds}' network timeout on the read replica's connections as well. */
@ApplicationScoped
@DataSource(ReadRouting.REPLICA)
public class ReplicaStatementBounds implements AgroalPoolInterceptor {

    private final StatementBounds bounds;

    public ReplicaStatementBounds(StatementBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        bounds.onConnectionAcquire(connection);
    }
}
