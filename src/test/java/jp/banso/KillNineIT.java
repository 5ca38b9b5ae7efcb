package jp.banso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app process killed with SIGKILL mid-session (no shutdown hook runs, its MariaDB child is orphaned):
 * started again on the same data folder it comes up, and every committed row is there.
 */
class KillNineIT {

    static final Path DATA = Path.of("target/test-data/kill9").toAbsolutePath();
    static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+)");

    record Running(Process process, int httpPort, Path log) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Running start(String name) throws Exception {
        int port = freePort();
        Path log = DATA.getParent().resolve("kill9-" + name + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jp.banso.Application",
                "--banso.data-dir=" + DATA, "--server.port=" + port, "--spring.profiles.active=test")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("app process alive; log in " + log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Running(p, port, log);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new AssertionError("the app did not answer within 180 s; log in " + log);
    }

    private static int dbPort(Running r) throws IOException {
        Matcher m = DB_PORT.matcher(Files.readString(r.log()));
        assertThat(m.find()).as("embedded MariaDB port in " + r.log()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String appPassword() throws IOException {
        return Files.readString(DATA.resolve("mariadb/app-password")).strip();
    }

    @Test
    void committed_rows_survive_a_kill_minus_nine_of_the_app_and_the_orphaned_database_is_taken_over() throws Exception {
        IntegrationTest.deleteRecursively(DATA);
        Files.createDirectories(DATA);
        Running first = start("first");
        int firstDb = dbPort(first);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + firstDb + "/banso", "banso", appPassword());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (username, display_name, password_hash) VALUES ('kill.nine', '強制終了の確認', 'x')");
        }
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, MariaDB keeps running as an orphan
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Running second = start("second");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort(second) + "/banso", "banso", appPassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT display_name FROM app_user WHERE username = 'kill.nine'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("強制終了の確認");
            }
            assertThat(Files.readString(second.log())).contains("left running on");
            List<ProcessHandle> servers = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("mariadbd")
                            && p.info().commandLine().orElse("").contains(DATA.toString().substring(1)))
                    .toList();
            assertThat(servers).as("one MariaDB server on the data folder, not two").hasSize(1);
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
