package jp.banso.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The embedded server killed with SIGKILL (its process, not the app): the watchdog starts it again. */
class EmbeddedMariaDbWatchTest {

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static void killNine(long pid) throws Exception {
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
        assertThat(p.destroyForcibly()).isTrue(); // SIGKILL: no clean shutdown
        p.onExit().get(30, TimeUnit.SECONDS);
    }

    @Test
    void a_killed_server_is_restarted_on_the_same_port_with_its_rows() throws Exception {
        Path dir = Path.of("target/test-data/embedded-watch");
        IntegrationTest.deleteRecursively(dir);
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(dir)) {
            db.start();
            db.watch(Duration.ofMillis(200));
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE survivor (v VARCHAR(20)) DEFAULT CHARSET=utf8mb4");
                s.execute("INSERT INTO survivor VALUES ('再起動後も残る')");
            }
            EmbeddedMariaDb.Status before = db.status();
            assertThat(before.state()).isEqualTo(EmbeddedMariaDb.State.RUNNING);

            killNine(before.pid());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String value = null;
            while (value == null && System.nanoTime() < deadline) {
                try (Connection c = connect(db); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT v FROM survivor")) {
                    value = rs.next() ? rs.getString(1) : "(no row)";
                } catch (SQLException stillDown) {
                    Thread.sleep(200);
                }
            }
            assertThat(value).as("the row, read through the same URL within 90 s").isEqualTo("再起動後も残る");
            EmbeddedMariaDb.Status after = db.status();
            assertThat(after.state()).isEqualTo(EmbeddedMariaDb.State.RUNNING);
            assertThat(after.port()).isEqualTo(before.port());
            assertThat(after.pid()).isNotEqualTo(before.pid());
            assertThat(after.restarts()).isEqualTo(1);
            assertThat(ProcessHandle.of(after.pid()).map(ProcessHandle::isAlive)).contains(true);
        }
    }

    @Test
    void a_restart_that_fails_is_reported_with_its_reason_and_tried_again() throws Exception {
        Path dir = Path.of("target/test-data/embedded-watch-fail");
        IntegrationTest.deleteRecursively(dir);
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(dir)) {
            db.start(); // no watchdog thread: the test takes its steps itself
            int port = db.port();
            killNine(db.status().pid());
            try (ServerSocket squatter = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
                assertThat(db.heal()).as("the port is taken: the restart fails").isFalse();
                EmbeddedMariaDb.Status failed = db.status();
                assertThat(failed.state()).isEqualTo(EmbeddedMariaDb.State.FAILED);
                assertThat(failed.problem()).as("why, for the health endpoint: the server's own words")
                        .contains("Address already in use");
                assertThat(db.heal()).as("not again before the back-off").isFalse();
                Health health = new EmbeddedDatabaseConfig().embeddedDatabaseHealthIndicator(db).health();
                assertThat(health.getStatus()).as("unhealthy, and why").isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("state", EmbeddedMariaDb.State.FAILED)
                        .containsEntry("problem", failed.problem()).containsEntry("port", port);
            }
            Thread.sleep(1_200);
            assertThat(db.heal()).as("the port is free again: the next try restarts it").isTrue();
            assertThat(db.status().state()).isEqualTo(EmbeddedMariaDb.State.RUNNING);
            assertThat(db.status().problem()).isNull();
            Health healed = new EmbeddedDatabaseConfig().embeddedDatabaseHealthIndicator(db).health();
            assertThat(healed.getStatus()).isEqualTo(Status.UP);
            assertThat(healed.getDetails()).containsEntry("restarts", 1).doesNotContainKey("problem");
            try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void a_deliberate_stop_is_not_undone_by_the_watchdog() throws Exception {
        Path dir = Path.of("target/test-data/embedded-watch-stop");
        IntegrationTest.deleteRecursively(dir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        db.stop();
        assertThat(db.heal()).isFalse();
        assertThat(db.status().state()).isEqualTo(EmbeddedMariaDb.State.STOPPED);
        assertThat(db.isRunning()).isFalse();
    }
}
