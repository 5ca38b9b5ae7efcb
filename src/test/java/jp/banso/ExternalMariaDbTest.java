package jp.banso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import jp.banso.base.db.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * Given a database URL the app uses that server and starts nothing itself. Runs against the MariaDB server
 * of this project's machines (127.0.0.1:3306, root, empty password), in a database of its own that it drops.
 */
class ExternalMariaDbTest {

    static final String HOST = "127.0.0.1";
    static final int PORT = 3306;

    private static boolean serverAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void with_a_database_url_the_app_uses_that_server_and_starts_no_embedded_one() throws Exception {
        assumeTrue(serverAnswers(), "no MariaDB server answers on 127.0.0.1:3306: external-server test skipped");
        String database = "banso_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "jdbc:mariadb://" + HOST + ":" + PORT + "/" + database + "?createDatabaseIfNotExist=true";
        Path data = Path.of("target/test-data/external");
        IntegrationTest.deleteRecursively(data);
        try {
            try (IntegrationTest.SeparateApp app = IntegrationTest.startSeparateApp("--banso.data-dir=" + data,
                    "--server.port=0", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=root", "--spring.datasource.password=")) {
                assertThat(app.context().getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
            }
            assertThat(data.resolve("mariadb")).doesNotExist();
            assertThat(Files.exists(data.resolve("admin-password.txt"))).isTrue();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/" + database, "root", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(slug = 'nagano' AND title LIKE '長野県：%') FROM article")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(8);
                assertThat(rs.getLong(2)).as("Japanese text stored intact").isEqualTo(1);
            }
        } finally {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }
}
