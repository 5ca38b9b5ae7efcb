package jp.banso.workshop.grouping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link GroupPlanner#plan} on a workshop roster (default 120 people in 12 groups, two pins), as the
 * facilitator's "group now" button would: {@code java -cp target/classes:target/test-classes
 * jp.banso.workshop.grouping.RosterBenchmark [people] [groups] [runs]}. The first call (cold JIT) is shown apart.
 */
public final class RosterBenchmark {

    private RosterBenchmark() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int groups = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        GroupPlanner planner = new GroupPlanner();
        List<Member> members = GroupPlannerTest.roster(people, 8);
        java.util.Map<String, Integer> pins = java.util.Map.of("p0", 0, "p1", 1);
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double first = 0;
        double worstScore = Double.MAX_VALUE;
        double bestScore = -Double.MAX_VALUE;
        for (int r = -1; r < runs; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Grouping g = planner.plan(new GroupingRequest(members, groups, pins, r + 2));
            double t = (System.nanoTime() - start) / 1e6;
            if (r < 0) {
                first = t;
            } else {
                ms[r] = t;
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                worstScore = Math.min(worstScore, g.score());
                bestScore = Math.max(bestScore, g.score());
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%d people, %d groups: first call %.1f ms; %d seeds: median %.1f ms, p95 %.1f ms,"
                + " max %.1f ms (CPU median %.1f ms, max %.1f ms); score %.0f-%.0f%n", people, groups, first, runs,
                ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], cpu[runs / 2], cpu[runs - 1],
                worstScore, bestScore);
    }
}
