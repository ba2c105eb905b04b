package dev.inkwell.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.rest.problem.Problem;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class PersistenceProblemMappersTest {

    @Test
    void an_unreachable_database_is_503_with_retry_after_and_no_sql() {
        Response refused = PersistenceProblemMappers.toResponse(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused", "08001"),
                        "select secret from users")), "GET", "/users");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeaderString("Retry-After")).isEqualTo("5");
        Problem body = (Problem) refused.getEntity();
        assertThat(body.detail()).doesNotContain("select").doesNotContain("JDBC");
        assertThat(body.type()).isEqualTo("https://inkwell.dev/problems/unavailable");
    }

    @Test
    void a_pool_timeout_or_connect_failure_is_503_too() {
        assertThat(PersistenceProblemMappers.toResponse(new SQLException("Sorry, acquisition timeout!"), "GET", "/x")
                .getStatus()).isEqualTo(503);
        assertThat(PersistenceProblemMappers.toResponse(new PersistenceException(new ConnectException("refused")),
                "GET", "/x").getStatus()).isEqualTo(503);
        assertThat(PersistenceProblemMappers.toResponse(new SQLException("terminating connection", "57P01"), "GET", "/x")
                .getStatus()).isEqualTo(503);
        // a frozen server: the driver's network timeout, reported by pgjdbc as "something unusual" (XX000)
        assertThat(PersistenceProblemMappers.toResponse(new PersistenceException(new SQLException(
                "Something unusual has occurred", "XX000", new java.net.SocketTimeoutException("Read timed out"))),
                "GET", "/x").getStatus()).isEqualTo(503);
    }

    /**
     * CI, stop 18: a read outside a transaction (plain JDBC, {@code SqlProjections}) asked the pool for
     * a connection while the database was frozen; the pool gave up on the connection attempt it was
     * making (interrupting it), and pgjdbc reported that as "something unusual" (99999) caused by a
     * RuntimeException. Hibernate calls such a failure "Unable to acquire JDBC Connection"; the plain
     * path said nothing, and the answer was a 500.
     */
    @Test
    void a_connection_attempt_cut_short_for_a_read_outside_a_transaction_is_503() {
        SQLException interrupted = new SQLException(
                "Something unusual has occurred to cause the driver to fail. Please report this exception.", "99999",
                new RuntimeException("Interrupted while attempting to connect."));
        DataSource frozen = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw interrupted;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Throwable thrown = catchThrowable(() -> SqlProjections.connection(frozen));
        assertThat(thrown).isInstanceOf(PersistenceException.class).hasRootCauseMessage(
                "Interrupted while attempting to connect.");
        assertThat(PersistenceProblemMappers.toResponse(thrown, "GET", "/posts").getStatus()).isEqualTo(503);
    }

    @Test
    void a_concurrent_modification_caught_by_the_version_column_is_409() {
        Response response = PersistenceProblemMappers.toResponse(
                new jakarta.persistence.OptimisticLockException("Row was updated or deleted by another transaction"),
                "PATCH", "/users/1");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).detail()).isEqualTo(
                "the resource was changed concurrently; reload and retry");
    }

    @Test
    void a_lost_uniqueness_race_is_409_and_anything_else_500_without_details() {
        assertThat(PersistenceProblemMappers.toResponse(new ConstraintViolationException("dup", new SQLException("dup", "23505"),
                "users_email_active_uk"), "POST", "/users").getStatus()).isEqualTo(409);
        Response other = PersistenceProblemMappers.toResponse(new PersistenceException("column x does not exist"), "GET", "/x");
        assertThat(other.getStatus()).isEqualTo(500);
        assertThat(((Problem) other.getEntity()).detail()).doesNotContain("column");
    }
}
