package dev.inkwell.bootstrap.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL primary and a real streaming replica of it ({@code pg_basebackup -R}), made from the
 * machine's PostgreSQL binaries ({@code inkwell.test.pg-bin}, default
 * {@value #DEFAULT_BIN}; zonky's embedded server ships no {@code pg_basebackup}). Both log every
 * statement, so a test can show which server ran what. As root (CI) the binaries run in a user
 * namespace ({@code unshare -U}), as zonky runs its own, since PostgreSQL refuses to run as root.
 */
public final class StreamingReplica implements AutoCloseable {

    public static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
    public static final String USER = "postgres";
    public static final String DATABASE = "inkwell";

    private final Path bin;
    private final Path dir;
    private final Server primary;
    private final Server replica;

    public record Server(Path data, int port, Path log) {
        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        }

        /** The log from {@code offset} (a length seen earlier) on. */
        public String logSince(long offset) throws IOException {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    java.nio.charset.StandardCharsets.UTF_8);
        }

        public long logLength() throws IOException {
            return Files.size(log);
        }
    }

    public static Path bin() {
        return Path.of(System.getProperty("inkwell.test.pg-bin", DEFAULT_BIN));
    }

    public static boolean available() {
        return Files.isExecutable(bin().resolve("pg_basebackup")) && Files.isExecutable(bin().resolve("initdb"));
    }

    private StreamingReplica(Path bin, Path dir, Server primary, Server replica) {
        this.bin = bin;
        this.dir = dir;
        this.primary = primary;
        this.replica = replica;
    }

    public static StreamingReplica start(Path dir) throws Exception {
        Path bin = bin();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Server primary = new Server(dir.resolve("primary"), freePort(), dir.resolve("primary.log"));
        run(bin, dir, "initdb", "-D", primary.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
        Files.writeString(primary.data().resolve("postgresql.conf"), settings(dir, primary.port()),
                java.nio.file.StandardOpenOption.APPEND);
        run(bin, dir, "pg_ctl", "-D", primary.data().toString(), "-l", primary.log().toString(), "-w", "start");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + primary.port() + "/postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
        Server replica = new Server(dir.resolve("replica"), freePort(), dir.resolve("replica.log"));
        run(bin, dir, "pg_basebackup", "-h", "localhost", "-p", Integer.toString(primary.port()), "-U", USER,
                "-D", replica.data().toString(), "-R", "-X", "stream", "-c", "fast");
        Files.writeString(replica.data().resolve("postgresql.conf"), "port = " + replica.port() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        run(bin, dir, "pg_ctl", "-D", replica.data().toString(), "-l", replica.log().toString(), "-w", "start");
        return new StreamingReplica(bin, dir, primary, replica);
    }

    public Server primary() {
        return primary;
    }

    public Server replica() {
        return replica;
    }

    public boolean replicaInRecovery() throws SQLException {
        try (Connection c = DriverManager.getConnection(replica.jdbcUrl(), USER, "");
             Statement s = c.createStatement(); var rs = s.executeQuery("select pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    public void stopReplica() throws Exception {
        run(bin, dir, "pg_ctl", "-D", replica.data().toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() throws Exception {
        for (Server server : List.of(replica, primary)) {
            if (Files.exists(server.data().resolve("postmaster.pid"))) {
                run(bin, dir, "pg_ctl", "-D", server.data().toString(), "-m", "immediate", "-w", "stop");
            }
        }
    }

    private static String settings(Path dir, int port) {
        return "\nport = " + port + "\nlisten_addresses = 'localhost'\nunix_socket_directories = '" + dir + "'\n"
                + "wal_level = replica\nmax_wal_senders = 4\nfsync = off\n"
                + "log_statement = 'all'\nlog_line_prefix = '%m [%p] %a '\n";
    }

    private static void run(Path bin, Path dir, String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path out = dir.resolve(tool + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(out));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
