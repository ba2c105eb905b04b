package dev.inkwell.bootstrap.support;

import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the service under test uses, reached from the test JVM: the embedded PostgreSQL
 * that {@link EmbeddedPostgresResource} started (it runs in the test JVM for a {@code @QuarkusTest}
 * and for a {@code @QuarkusIntegrationTest} alike), or the external one of
 * {@code QUARKUS_DATASOURCE_JDBC_URL}. So the same HTTP scenario can arrange and check rows
 * directly whether the service runs in-process or as the packaged artifact.
 */
public final class TestDatabase {

    static final String URL = "inkwell.test.db.url";
    static final String USER = "inkwell.test.db.user";

    private TestDatabase() {
    }

    public static Sql sql() {
        return new Sql(dataSource());
    }

    /** Built on each call from the settings now in force: a restarted test database has a new port. */
    public static DataSource dataSource() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(setting(URL, "QUARKUS_DATASOURCE_JDBC_URL"));
        Optional.ofNullable(setting(USER, "QUARKUS_DATASOURCE_USERNAME")).ifPresent(pg::setUser);
        Optional.ofNullable(System.getenv("QUARKUS_DATASOURCE_PASSWORD")).ifPresent(pg::setPassword);
        return pg;
    }

    private static String setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).orElseGet(() -> System.getenv(env));
    }
}
