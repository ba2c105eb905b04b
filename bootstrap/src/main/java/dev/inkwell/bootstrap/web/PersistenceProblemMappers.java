package dev.inkwell.bootstrap.web;

import dev.inkwell.adapters.rest.problem.ProblemType;
import dev.inkwell.adapters.rest.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
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
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (sqlStateClass(sql, "08") || sqlStateClass(sql, "57P")
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
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
