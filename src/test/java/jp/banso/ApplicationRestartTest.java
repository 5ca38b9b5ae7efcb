package jp.banso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import jp.banso.base.db.EmbeddedMariaDb;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole app stopped and started again on the same data folder: every row is still there, nothing doubles. */
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRestartTest {

    static final Path DATA = Path.of("target/test-data/app-restart");

    private static IntegrationTest.SeparateApp start() {
        // command-line arguments: they win over application.properties, default properties would not
        return IntegrationTest.startSeparateApp("--banso.data-dir=" + DATA, "--server.port=0");
    }

    @Test
    void a_restart_keeps_every_row_and_neither_reloads_content_nor_recreates_the_admin(CapturedOutput output) throws Exception {
        IntegrationTest.deleteRecursively(DATA);
        long articles;
        long sections;
        String passwordFile;
        int port;
        try (IntegrationTest.SeparateApp first = start()) {
            JdbcClient jdbc = first.bean(JdbcClient.class);
            articles = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
            sections = jdbc.sql("SELECT COUNT(*) FROM article_section").query(Long.class).single();
            assertThat(articles).isGreaterThanOrEqualTo(8);
            jdbc.sql("INSERT INTO app_user (username, display_name, password_hash) VALUES ('restart.marker', '再起動の確認', 'x')")
                    .update();
            passwordFile = Files.readString(DATA.resolve("admin-password.txt"));
            port = first.bean(EmbeddedMariaDb.class).port();
        }
        String adminPassword = passwordFile.lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow()
                .substring("password: ".length());
        assertThat(output.getAll()).as("the log names the file").contains("admin-password.txt")
                .as("but never shows the first admin's password").doesNotContain(adminPassword);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("admin-password.txt"))))
                .isEqualTo("rw-------");
        String dbPassword = Files.readString(DATA.resolve("mariadb/" + EmbeddedMariaDb.PASSWORD_FILE)).strip();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/banso?connectTimeout=2000",
                EmbeddedMariaDb.APP_USER, dbPassword))
                .as("a normal shutdown stops the embedded server")
                .isInstanceOf(SQLException.class);

        try (IntegrationTest.SeparateApp second = start()) {
            JdbcClient jdbc = second.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'restart.marker'").query(String.class).single())
                    .isEqualTo("再起動の確認");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'admin'").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(articles);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM article_section").query(Long.class).single()).isEqualTo(sections);
            assertThat(Files.readString(DATA.resolve("admin-password.txt"))).isEqualTo(passwordFile);
        }
    }
}
