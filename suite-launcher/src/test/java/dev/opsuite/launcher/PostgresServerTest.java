package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    static {
        TestDirs.ensureTmpDir();
    }

    @TempDir
    Path dir;

    @Test
    void startsReusesRestartsAndStopsCleanly() throws Exception {
        Path data = dir.resolve("pgdata");
        int port = Ports.freePort();
        PostgresServer first = PostgresServer.start(data, port);
        PostgresServer moved = null;
        try {
            assertThat(first.isRunning()).isTrue();
            assertThat(first.reused()).isFalse();
            assertThat(first.host()).isEqualTo("127.0.0.1");
            assertThat(first.jdbcUrl("app")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/app");
            assertThat(first.reactiveUrl("app")).isEqualTo("postgresql://127.0.0.1:" + port + "/app");

            first.createDatabaseIfMissing("app");
            first.createDatabaseIfMissing("app");
            try (Connection c = connect(first, "app")) {
                assertThat(show(c, "wal_level")).isEqualTo("logical");
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(show(c, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(show(c, "max_replication_slots")).isEqualTo("20");
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE kept (id int)");
                    st.execute("INSERT INTO kept VALUES (42)");
                }
            }

            // a second start on the same data folder and port adopts the running postmaster
            PostgresServer again = PostgresServer.start(data, port);
            assertThat(again.reused()).isTrue();
            assertThat(again.pid()).isEqualTo(first.pid());

            // another port: the old postmaster is stopped, a new one serves the same data
            int otherPort = Ports.freePort();
            moved = PostgresServer.start(data, otherPort);
            assertThat(moved.pid()).isNotEqualTo(first.pid());
            assertThat(ProcessHandle.of(first.pid()).filter(Procs::isLive)).isEmpty();
            assertThat(first.isRunning()).isFalse();
            try (Connection c = connect(moved, "app");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }

            // stop: postmaster and all its children gone, idempotent
            ProcessHandle postmaster = ProcessHandle.of(moved.pid()).orElseThrow();
            List<ProcessHandle> children = postmaster.descendants().collect(Collectors.toList());
            assertThat(children).isNotEmpty();
            moved.stop();
            moved.stop();
            assertThat(moved.isRunning()).isFalse();
            assertThat(Procs.isLive(postmaster)).isFalse();
            for (ProcessHandle child : children) {
                assertThat(Procs.waitForExit(child, Duration.ofSeconds(5))).as("child %s", child.pid()).isTrue();
            }
            assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
            assertThat(Ports.accepts(otherPort, 500)).isFalse();
        } finally {
            first.close();
            if (moved != null) {
                moved.close();
            }
        }
    }

    @Test
    void recoversFromKill9AndStopIfRunningIsIdempotent() throws Exception {
        Path data = dir.resolve("pgdata");
        int port = Ports.freePort();
        PostgresServer first = PostgresServer.start(data, port);
        PostgresServer second = null;
        try {
            ProcessHandle postmaster = ProcessHandle.of(first.pid()).orElseThrow();
            postmaster.destroyForcibly();
            assertThat(Procs.waitForExit(postmaster, Duration.ofSeconds(10))).isTrue();
            assertThat(Files.exists(data.resolve("postmaster.pid"))).as("stale lock file left by kill -9").isTrue();

            second = PostgresServer.start(data, port);
            assertThat(second.reused()).isFalse();
            assertThat(second.isRunning()).isTrue();
            second.createDatabaseIfMissing("after_crash");

            PostgresServer.stopIfRunning(data);
            assertThat(second.isRunning()).isFalse();
            PostgresServer.stopIfRunning(data);
            assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static Connection connect(PostgresServer server, String db) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(db), server.username(), server.password());
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
