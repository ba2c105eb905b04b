package dev.inkwell.bootstrap.web;

import dev.inkwell.adapters.rest.problem.ProblemType;
import dev.inkwell.adapters.rest.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Database failures that escape the adapters: an unreachable database is a 503 with
 * Retry-After (the pool's acquisition timeout bounds the wait), a lost race on a unique
 * index or a version check a 409. Nothing about SQL reaches the client.
 */
public class PersistenceProblemMappers {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String QUERY_CANCELED = "57014";
    private static final Logger LOG = Logger.getLogger(PersistenceProblemMappers.class);

    @ServerExceptionMapper({PersistenceException.class, SQLException.class})
    public Response persistence(Exception e, HttpServerRequest request) {
        return toResponse(e, request.method().name(), request.path());
    }

    static Response toResponse(Throwable e, String method, String path) {
        if (isUnavailable(e)) {
            LOG.warnf("database unavailable on %s %s: %s", method, path, e.getMessage());
            return Response.fromResponse(Problems.of(ProblemType.UNAVAILABLE,
                            "the database is unavailable; try again shortly", path))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (has(e, OptimisticLockException.class) || has(e, StaleStateException.class)) {
            return Problems.of(ProblemType.CONFLICT, "the resource was changed concurrently; reload and retry", path);
        }
        if (has(e, ConstraintViolationException.class)) {
            return Problems.of(ProblemType.CONFLICT, "the change conflicts with existing data", path);
        }
        LOG.errorf(e, "unexpected persistence failure on %s %s", method, path);
        return Problems.of(ProblemType.INTERNAL, "the request could not be completed; it has been logged", path);
    }

    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            // (SocketTimeoutException: a frozen server met the network timeout StatementBounds sets)
            // 08: connection exceptions; 57P: the server is shutting down; 57014: a statement cancelled
            // by statement_timeout (inkwell.db.statement-timeout): the database is too slow to serve now
            if (t instanceof SQLException sql && (sqlStateClass(sql, "08") || sqlStateClass(sql, "57P")
                    || sqlStateClass(sql, QUERY_CANCELED))) {
                return true;
            }
            // no connection to be had within the pool's acquisition timeout, whatever the driver said
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("unable to acquire jdbc connection")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sqlStateClass(SQLException e, String prefix) {
        return e.getSQLState() != null && e.getSQLState().startsWith(prefix);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
