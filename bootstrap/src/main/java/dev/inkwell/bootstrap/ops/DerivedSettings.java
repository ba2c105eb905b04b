package dev.inkwell.bootstrap.ops;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Inkwell's own settings translated into the settings of the libraries that enforce them, at a
 * low ordinal, so that setting the library's property directly still wins:
 * <ul>
 * <li>{@code inkwell.db.statement-timeout} (default 5 s) becomes PostgreSQL's
 * {@code statement_timeout} of every pooled connection, the read replica's too (the driver's {@code options} startup
 * parameter: set when the connection opens, not undone by a rolled-back transaction); the same
 * parameter turns parallel query off ({@code max_parallel_workers_per_gather=0}): the service's
 * statements read a page, and a generic plan that guessed 5,000 search matches started two
 * workers for a one-row result, 12 ms instead of 0.06 (issue 11, {@code bootstrap/docs/performance.md});</li>
 * <li>{@code inkwell.slow-query-threshold} (default 100 ms) becomes Hibernate's slow-query log
 * threshold ({@link SlowQueryLog} raises its lines to WARN and counts them).</li>
 * </ul>
 * Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class DerivedSettings implements ConfigSourceFactory {

    public static final String STATEMENT_TIMEOUT = "inkwell.db.statement-timeout";
    public static final String STATEMENT_TIMEOUT_DEFAULT = "5S";
    public static final String SLOW_QUERY_THRESHOLD = "inkwell.slow-query-threshold";
    public static final String SLOW_QUERY_THRESHOLD_DEFAULT = "100ms";
    static final String PG_OPTIONS = "quarkus.datasource.jdbc.additional-jdbc-properties.options";
    static final String REPLICA_PG_OPTIONS = "quarkus.datasource.replica.jdbc.additional-jdbc-properties.options";
    static final String HIBERNATE_SLOW = "quarkus.hibernate-orm.log.queries-slower-than-ms";
    private static final int ORDINAL = 110;

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(derive(
                value(context, STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_DEFAULT),
                value(context, SLOW_QUERY_THRESHOLD, SLOW_QUERY_THRESHOLD_DEFAULT)), "inkwell-derived-settings", ORDINAL));
    }

    static Map<String, String> derive(String statementTimeout, String slowQueryThreshold) {
        Duration statement = positive(STATEMENT_TIMEOUT, statementTimeout);
        Duration slow = positive(SLOW_QUERY_THRESHOLD, slowQueryThreshold);
        String options = "-c statement_timeout=" + statement.toMillis() + " -c max_parallel_workers_per_gather=0";
        return Map.of(
                PG_OPTIONS, options,
                REPLICA_PG_OPTIONS, options,
                HIBERNATE_SLOW, Long.toString(Math.max(1, slow.toMillis())));
    }

    private static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? defaultValue : value.getValue();
    }

    private static Duration positive(String name, String text) {
        Duration duration;
        try {
            duration = DurationConverter.parseDuration(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a duration (e.g. 5S, 100ms, PT5S): " + text, e);
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + text);
        }
        return duration;
    }
}
