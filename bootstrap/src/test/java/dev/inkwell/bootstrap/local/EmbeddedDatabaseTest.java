package dev.inkwell.bootstrap.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded server of dev mode and the jar: data survives restarts, a left-over server is stopped. */
class EmbeddedDatabaseTest {

    private Path dir;

    @AfterEach
    void removeDirectory() throws Exception {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void data_survives_a_restart_in_a_persistent_directory() throws Exception {
        dir = Files.createTempDirectory("inkwell-pgdata");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            execute(db, "create table survivor (id int)");
            execute(db, "insert into survivor values (42)");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThat(queryInt(db, "select id from survivor")).isEqualTo(42);
            assertThat(queryInt(db, "select case when current_setting('fsync') = 'on' then 1 else 0 end"))
                    .as("fsync is on for a persistent directory").isEqualTo(1);
        }
    }

    @Test
    void a_server_left_running_by_a_killed_jvm_is_stopped_before_a_new_start() throws Exception {
        dir = Files.createTempDirectory("inkwell-pgdata");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanServerMain.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // skip the child's log lines
            }
            assertThat(line).as("the child JVM started a server").isEqualTo("ready");
            jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs, PostgreSQL stays up
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(queryInt(db, "select 1")).isEqualTo(1);
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int queryInt(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
