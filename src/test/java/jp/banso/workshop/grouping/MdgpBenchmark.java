package jp.banso.workshop.grouping;

import java.nio.file.Path;

/**
 * Solves MDGPLIB instances and prints {@code NAME OBJECTIVE MILLISECONDS} per instance. Run after test-compile:
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=jp.banso.workshop.grouping.MdgpBenchmark -Dexec.args="FILES"}.
 * Options before the files: {@code --millis N} (time budget per instance, default {@link #DEFAULT_MILLIS}),
 * {@code --seed S}, {@code --cpu} (count the budget in the thread's CPU time, to compare
 * settings on a machine shared with other work; the figures we report use wall time). Instances run one after another in one JVM; the first ones include JIT warm-up.
 */
public final class MdgpBenchmark {

    /** Under the 1 s per instance the issue allows, leaving room for reading the file and a slow moment. */
    static final long DEFAULT_MILLIS = 850;

    private MdgpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long millis = DEFAULT_MILLIS;
        long seed = 1;
        boolean cpu = false;
        int a = 0;
        while (a < args.length && args[a].startsWith("--")) {
            switch (args[a]) {
                case "--millis" -> millis = Long.parseLong(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                case "--cpu" -> cpu = true;
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
            a++;
        }
        for (; a < args.length; a++) {
            Path file = Path.of(args[a]);
            long start = System.nanoTime();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            MdgpProblem problem = MdgpFiles.read(file);
            MdgpSolver.Result result = MdgpSolver.solve(problem, MdgpSolver.Limits.time(millis), seed,
                    cpu ? java.lang.management.ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime
                            : System::nanoTime);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (!problem.satisfies(result.group())) {
                throw new IllegalStateException(file + ": the solution breaks the bounds");
            }
            if (Boolean.getBoolean("mdgp.verbose")) {
                System.err.println(MdgpFiles.name(file) + " rounds " + result.rounds() + " cpu "
                        + (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            }
            System.out.printf(java.util.Locale.ROOT, "%s %.2f %d%n", MdgpFiles.name(file), result.objective(), elapsed);
        }
    }
}
