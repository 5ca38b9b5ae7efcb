package jp.banso.workshop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Heap and time of the .xlsx import on big files, each read in a fresh JVM with -Xmx256m, streaming (now) and
 * DOM (before issue 11). Figures go to docs/benchmarks.md. Run from the worktree after test-compile:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) jp.banso.workshop.bench.XlsxImportBench}
 * (make cp.txt with dependency:build-classpath -Dmdep.outputFile=target/cp.txt; never commit it).
 */
public final class XlsxImportBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("xlsx-bench");
        for (int rows : new int[] {100_000, 1_000_000}) {
            Path f = jp.banso.workshop.XlsxImportBenchFiles.write(dir.resolve(rows + ".xlsx"), rows);
            for (String mode : new String[] {"stream", "dom"}) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                        "-cp", System.getProperty("java.class.path"), "jp.banso.workshop.XlsxImportProbe", f.toString(), mode)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                p.waitFor(600, TimeUnit.SECONDS);
                System.out.println(rows + " rows, " + mode + ": "
                        + out.lines().filter(l -> l.startsWith("outcome=")).findFirst().orElse(out.lines().reduce("", (a, b) -> b)));
            }
        }
    }
}
