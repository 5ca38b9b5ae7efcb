package jp.banso.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the built jar: time from {@code java -jar} to the first HTTP 200 on "/", on an empty data
 * folder (cold: unpacks and installs MariaDB) and again on the folder it left (warm). Not a test: run by hand
 * after {@code ./mvnw -B package -DskipTests}:
 * <pre>java -cp target/test-classes jp.banso.bench.StartupBenchmark target/banso-0.1.0-SNAPSHOT.jar 3</pre>
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/banso-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory("banso-startup-");
            cold.add(startAndMeasure(jar, dir));
            warm.add(startAndMeasure(jar, dir));
            deleteRecursively(dir);
        }
        System.out.printf("jar %s (%d MB)%n", jar.getFileName(), Files.size(jar) / 1_000_000);
        System.out.printf("empty data folder, first 200 on /: %s ms%n", cold);
        System.out.printf("existing data folder, first 200 on /: %s ms%n", warm);
    }

    private static long startAndMeasure(Path jar, Path workDir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(120)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the app exited with " + p.exitValue() + ", see the log in " + workDir);
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no 200 within 120 s");
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
