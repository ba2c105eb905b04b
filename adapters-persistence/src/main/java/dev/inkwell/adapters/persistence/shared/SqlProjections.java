package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.adapters.persistence.routing.ReadRouting;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * How read models are read: native SQL projections straight into records, never entities. Every
 * read-model adapter goes through here, so statement shape and binding are the same everywhere.
 *
 * <p>Inside a transaction (a write that answers with a view of what it wrote) through Hibernate,
 * which flushes the unit of work first and runs on the transaction's connection. Outside one (the
 * public reads) with plain JDBC on a pooled connection: a Hibernate session and its native-query
 * machinery were a quarter of the service's own CPU time per read (issue 11's profile,
 * {@code bootstrap/docs/performance.md}). Statements run this way are counted in Hibernate's
 * statistics all the same, so the statement-count tests see every statement. Those reads go to the
 * read replica when one is configured and the request is an anonymous read ({@link ReadRouting}).
 */
@ApplicationScoped
public class SqlProjections {

    private final EntityManager em;
    private final DataSource dataSource;
    private final ReadRouting routing;
    private final TransactionManager transactions;
    private final StatisticsImplementor statistics;

    @Inject
    public SqlProjections(EntityManager em, DataSource dataSource, ReadRouting routing, TransactionManager transactions,
            SessionFactory sessionFactory) {
        this.em = em;
        this.dataSource = dataSource;
        this.routing = routing;
        this.transactions = transactions;
        this.statistics = sessionFactory.unwrap(SessionFactoryImplementor.class).getStatistics();
    }

    @SuppressWarnings("unchecked")
    public List<Tuple> rows(SqlQuery query) {
        if (inTransaction()) {
            return bind(em.createNativeQuery(query.sql(), Tuple.class), query.params()).getResultList();
        }
        return jdbc(query);
    }

    public long count(SqlQuery query) {
        if (inTransaction()) {
            return ((Number) bind(em.createNativeQuery(query.sql()), query.params()).getSingleResult()).longValue();
        }
        return ((Number) jdbc(query).get(0).get(0)).longValue();
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    private List<Tuple> jdbc(SqlQuery query) {
        NamedParameters statement = NamedParameters.of(query.sql(), query.params());
        if (routing.replicaWanted()) {
            Optional<Connection> replica = routing.replicaConnection();
            if (replica.isPresent()) {
                try (Connection connection = replica.get()) {
                    return run(connection, statement);
                } catch (SQLException e) {
                    if (!ReadRouting.replicaUnusable(e)) {
                        throw new PersistenceException(e.getMessage(), e);
                    }
                    routing.fellBack(e); // a replica gone (or behind a conflict): the primary answers
                }
            }
        }
        try (Connection connection = connection(dataSource)) {
            return run(connection, statement);
        } catch (SQLException e) {
            // as Hibernate would: the error mapping reads the SQLException (its state) from the causes
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private List<Tuple> run(Connection connection, NamedParameters statement) throws SQLException {
        boolean counted = statistics != null && statistics.isStatisticsEnabled();
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            if (counted) {
                statistics.prepareStatement();
            }
            for (int i = 0; i < statement.values().size(); i++) {
                Object value = statement.values().get(i);
                prepared.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            }
            try (ResultSet rs = prepared.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int width = meta.getColumnCount();
                Map<String, Integer> columns = new HashMap<>(width * 2);
                for (int i = 0; i < width; i++) {
                    columns.put(meta.getColumnLabel(i + 1), i);
                }
                List<Tuple> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        Object value = rs.getObject(i + 1);
                        // an array is read while the connection is open (a post's tags)
                        values[i] = value instanceof java.sql.Array array ? array.getArray() : value;
                    }
                    rows.add(new JdbcRow(columns, values));
                }
                return rows;
            } finally {
                if (counted) {
                    statistics.closeStatement();
                }
            }
        }
    }

    /**
     * A pooled connection for a read outside a transaction. A failure to get one is reported as
     * Hibernate reports it ({@link JDBCConnectionException}, "Unable to acquire JDBC Connection"),
     * whatever the driver said: a connection attempt the pool cut short while the database was
     * frozen is pgjdbc's "something unusual" (99999), which says nothing about a connection.
     */
    public static Connection connection(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new JDBCConnectionException("Unable to acquire JDBC Connection", e);
        }
    }


    /** An empty first page needs no count: the total is 0. */
    public static <T> Page<T> page(List<T> items, PageRequest page, LongSupplier total) {
        long count = items.isEmpty() && page.offset() == 0 ? 0 : total.getAsLong();
        return new Page<>(items, page.page(), page.limit(), count);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
