package jp.banso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import jp.banso.base.db.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * Given a database URL the app uses that server and starts nothing itself. The "external" server is a MariaDB
 * this test starts on a folder of its own (a real server with grant tables on and a password), so the test
 * runs on every machine instead of being skipped where nothing listens on 3306.
 */
class ExternalMariaDbTest {

    @Test
    void with_a_database_url_the_app_uses_that_server_and_starts_no_embedded_one() throws Exception {
        Path serverDir = Path.of("target/test-data/external-server");
        Path data = Path.of("target/test-data/external");
        IntegrationTest.deleteRecursively(serverDir);
        IntegrationTest.deleteRecursively(data);
        try (EmbeddedMariaDb external = new EmbeddedMariaDb(serverDir)) {
            external.start();
            try (IntegrationTest.SeparateApp app = IntegrationTest.startSeparateApp("--banso.data-dir=" + data,
                    "--server.port=0", "--spring.datasource.url=" + external.jdbcUrl(),
                    "--spring.datasource.username=" + external.username(),
                    "--spring.datasource.password=" + external.password())) {
                assertThat(app.context().getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
            }
            assertThat(data.resolve("mariadb")).doesNotExist();
            assertThat(Files.exists(data.resolve("admin-password.txt"))).isTrue();
            try (Connection c = DriverManager.getConnection(external.jdbcUrl(), external.username(), external.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(slug = 'nagano' AND title LIKE '長野県：%') FROM article")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(8);
                assertThat(rs.getLong(2)).as("Japanese text stored intact").isEqualTo(1);
            }
        }
    }
}
