package dev.inkwell.bootstrap.ops;

import io.quarkus.logging.LoggingFilter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import org.jboss.logmanager.Level;
import java.util.logging.LogRecord;

/**
 * The slow-query log. Hibernate measures every statement it runs (all of Inkwell's SQL goes
 * through it) and logs those slower than its threshold ({@code inkwell.slow-query-threshold},
 * see {@link DerivedSettings}) to {@code org.hibernate.SQL_SLOW} as "Slow query took N
 * milliseconds [SQL]" — the SQL with its {@code ?} placeholders, never the parameters. This
 * filter, on the console handler ({@code quarkus.log.console.filter}), raises those lines to
 * WARN and counts them for {@code inkwell_slow_queries_total} ({@link OperationalMetrics}).
 */
@LoggingFilter(name = SlowQueryLog.NAME)
public final class SlowQueryLog implements Filter {

    public static final String NAME = "inkwell-slow-queries";
    static final String HIBERNATE_LOGGER = "org.hibernate.SQL_SLOW";
    private static final AtomicLong COUNT = new AtomicLong();

    @Override
    public boolean isLoggable(LogRecord record) {
        if (HIBERNATE_LOGGER.equals(record.getLoggerName())) {
            record.setLevel(Level.WARN);
            COUNT.incrementAndGet();
        }
        return true;
    }

    /** Slow statements since the process started. */
    public static long count() {
        return COUNT.get();
    }
}
