package jp.banso.workshop.grouping;

import java.nio.file.Path;

/**
 * Solves MDGPLIB instances and prints {@code NAME OBJECTIVE MILLISECONDS} per instance. Run after test-compile:
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=jp.banso.workshop.grouping.MdgpBenchmark -Dexec.args="FILES"}.
 * Options before the files: {@code --millis N} (time budget per instance, default {@link #DEFAULT_MILLIS}),
 * {@code --seed S}. Instances run one after another in one JVM; the first ones include JIT warm-up.
 */
public final class MdgpBenchmark {

    /** Under the 1 s per instance the issue allows, leaving room for reading the file and a slow moment. */
    static final long DEFAULT_MILLIS = 900;

    private MdgpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long millis = DEFAULT_MILLIS;
        long seed = 1;
        int a = 0;
        while (a < args.length && args[a].startsWith("--")) {
            switch (args[a]) {
                case "--millis" -> millis = Long.parseLong(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
            a++;
        }
        for (; a < args.length; a++) {
            Path file = Path.of(args[a]);
            long start = System.nanoTime();
            MdgpProblem problem = MdgpFiles.read(file);
            MdgpSolver.Result result = MdgpSolver.solve(problem, MdgpSolver.Limits.time(millis), seed);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (!problem.satisfies(result.group())) {
                throw new IllegalStateException(file + ": the solution breaks the bounds");
            }
            System.out.printf(java.util.Locale.ROOT, "%s %.2f %d%n", MdgpFiles.name(file), result.objective(), elapsed);
        }
    }
}
