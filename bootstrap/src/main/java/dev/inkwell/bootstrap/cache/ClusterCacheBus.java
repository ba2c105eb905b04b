package dev.inkwell.bootstrap.cache;

import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Cache invalidation across instances, with PostgreSQL as the bus ({@code LISTEN/NOTIFY} on the
 * channel {@value #CHANNEL}): no infrastructure beyond the database every instance already shares.
 *
 * <p>{@link #announce} is called after a change has committed (the after-commit listener that drops
 * the local entry) and sends {@code pg_notify} on a pooled connection; every instance listens on a
 * connection of its own, outside the pool, and drops the named cache when another instance's notice
 * arrives — within milliseconds, well inside the contract's second. An instance whose listening
 * connection broke clears all its caches when it is listening again: what it missed meanwhile is
 * unknown. The connection is checked every {@link #PING_EVERY_MS} ms, so a silently dead one (a
 * network cut, a failover) is noticed too. A notice lost between a commit and its {@code pg_notify}
 * (the process killed in that instant, the database unreachable) leaves other instances at most
 * as stale as the cache's expiry (5 minutes), which is the bound without this class.
 */
@ApplicationScoped
public class ClusterCacheBus {

    static final String CHANNEL = "inkwell_cache";
    static final String APPLICATION_NAME = "inkwell-cache-bus";
    static final long POLL_MS = 250;
    static final long PING_EVERY_MS = 5_000;
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final Logger LOG = Logger.getLogger(ClusterCacheBus.class);

    /** Tells this instance's notices from the others'; new at every start. */
    private final String instance = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final CacheManager caches;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopping;
    private Thread listener;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    public ClusterCacheBus(DataSource dataSource, CacheManager caches) {
        this.dataSource = dataSource;
        this.caches = caches;
    }

    void start(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            LOG.warn("no quarkus.datasource.jdbc.url: caches are invalidated on this instance only");
            return;
        }
        listener = new Thread(this::listen, "inkwell-cache-bus");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Tells every other instance to drop {@code cache}; called after the change committed. */
    public void announce(String cache) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, cache + " " + instance);
            notify.execute();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not tell the other instances to drop the %s cache (they drop it within its expiry): %s",
                    cache, e.getMessage());
        }
    }

    /** Whether this instance is listening now (for the tests and the logs). */
    public boolean listening() {
        return listening;
    }

    /** Notices from other instances acted on, and connections re-established, since the start. */
    public long received() {
        return received.get();
    }

    public long reconnects() {
        return reconnects.get();
    }

    String instanceId() {
        return instance;
    }

    private void listen() {
        long backoff = 100;
        boolean first = true;
        while (!stopping) {
            try (Connection connection = open()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    // whatever was announced while we were not listening is lost: start afresh
                    clearAll();
                    reconnects.incrementAndGet();
                    LOG.info("listening for cache invalidations again; dropped every local cache");
                }
                first = false;
                listening = true;
                backoff = 100;
                pump(connection);
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                if (listening || first) {
                    LOG.warnf("the cache invalidation connection failed (%s); reconnecting", e.getMessage());
                }
            } finally {
                listening = false;
            }
            if (!sleep(backoff)) {
                break;
            }
            backoff = Math.min(2 * backoff, MAX_BACKOFF_MS);
        }
    }

    private void pump(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastPing = System.nanoTime();
        while (!stopping) {
            PGNotification[] notices = pg.getNotifications((int) POLL_MS);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    handle(notice.getParameter());
                }
            }
            if (System.nanoTime() - lastPing > PING_EVERY_MS * 1_000_000) {
                try (Statement ping = connection.createStatement()) {
                    ping.execute("select 1");
                }
                lastPing = System.nanoTime();
            }
        }
    }

    void handle(String payload) {
        int space = payload.lastIndexOf(' ');
        String cache = space < 0 ? payload : payload.substring(0, space);
        String from = space < 0 ? "" : payload.substring(space + 1);
        if (instance.equals(from)) {
            return; // dropped here already, after the commit
        }
        caches.getCache(cache).ifPresent(c -> c.invalidateAll().await().indefinitely());
        received.incrementAndGet();
    }

    private void clearAll() {
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).ifPresent(c -> c.invalidateAll().await().indefinitely());
        }
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url.orElseThrow(), properties);
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
