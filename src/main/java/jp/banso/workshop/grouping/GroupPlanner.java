package jp.banso.workshop.grouping;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Breakout groups that mix people on purpose (ごちゃまぜ). A grouping request becomes a Maximally Diverse
 * Grouping Problem whose distances are {@link Diversity#between}; balanced sizes are its bounds (every group
 * holds floor(n/g) or ceil(n/g) people) and pins are fixed elements. {@link MdgpSolver} solves it.
 *
 * <p>Stateless and side-effect free: a refused request throws {@link GroupingException} (Japanese message)
 * before anything is computed, so callers change nothing. The caller (the workshop service) checks who may ask.
 */
@Component
public class GroupPlanner {

    /** More than any room we host; keeps the O(n²) matrix small. */
    public static final int MEMBERS_MAX = 1000;
    /**
     * The search effort for {@link #plan}: rounds, not time, so that a seed always gives the same grouping. On
     * rosters of 120 every seed reached the same score within these rounds, in well under 200 ms of CPU
     * (docs/benchmarks.md).
     */
    static final long PLAN_ROUNDS = 400;
    static final long PLAN_IDLE_ROUNDS = 120;
    /**
     * A safety net only, counted in this thread's CPU time: on a loaded machine the wall clock would cut the
     * search at a different round each time and break "same seed, same grouping".
     */
    static final long PLAN_CPU_LIMIT_MILLIS = 150;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public Grouping plan(GroupingRequest request) {
        List<Member> members = checkedMembers(request.members());
        int n = members.size();
        int g = request.groupCount();
        if (g < 1) {
            throw new GroupingException("grouping.error.group-count", g);
        }
        if (g > n) {
            throw new GroupingException("grouping.error.more-groups-than-members", g, n);
        }
        int lower = n / g;
        int upper = (n + g - 1) / g;
        Map<String, Integer> index = indexOf(members);
        int[] fixed = new int[n];
        java.util.Arrays.fill(fixed, -1);
        Map<String, Integer> pins = request.pins() == null ? Map.of() : request.pins();
        for (Map.Entry<String, Integer> pin : pins.entrySet()) {
            Integer i = index.get(pin.getKey());
            if (i == null) {
                throw new GroupingException("grouping.error.unknown-pin", pin.getKey());
            }
            Integer k = pin.getValue();
            if (k == null || k < 0 || k >= g) {
                throw new GroupingException("grouping.error.pin-group", pin.getKey(), k == null ? "?" : k + 1, g);
            }
            fixed[i] = k;
        }
        int[] lowers = new int[g];
        int[] uppers = new int[g];
        java.util.Arrays.fill(lowers, lower);
        java.util.Arrays.fill(uppers, upper);
        MdgpProblem problem = new MdgpProblem(distances(members), lowers, uppers, fixed);
        int[] pinned = problem.fixedPerGroup();
        for (int k = 0; k < g; k++) {
            if (pinned[k] > upper) {
                throw new GroupingException("grouping.error.pins-over-size", k + 1, pinned[k], upper);
            }
        }
        if (!problem.feasible()) {
            throw new GroupingException("grouping.error.pins-unbalanced", lower, upper);
        }
        LongSupplier clock = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS::getCurrentThreadCpuTime
                : System::nanoTime;
        MdgpSolver.Result result = MdgpSolver.solve(problem,
                new MdgpSolver.Limits(PLAN_ROUNDS, PLAN_IDLE_ROUNDS, PLAN_CPU_LIMIT_MILLIS * 1_000_000L),
                request.seed(), clock);
        List<List<String>> groups = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            groups.get(result.group()[i]).add(members.get(i).id());
        }
        return new Grouping(groups, result.objective());
    }

    /** The number of groups closest to groups of {@code groupSize} (halves round to more, smaller groups). */
    public static int groupCountForSize(int members, int groupSize) {
        if (groupSize < 1) {
            throw new GroupingException("grouping.error.group-size", groupSize);
        }
        if (members < 1) {
            throw new GroupingException("grouping.error.no-members");
        }
        return (int) Math.max(1, Math.min(members, Math.round((double) members / groupSize)));
    }

    /**
     * The group where a newcomer adds the most diversity among those that keep sizes balanced (afterwards no
     * group is more than one above the smallest; if hand-made moves left them unbalanced, a smallest group). Ties go to the lower
     * index.
     */
    public int bestGroupForLateJoiner(Grouping current, List<Member> members, Member late) {
        if (current == null || current.groups().isEmpty()) {
            throw new GroupingException("grouping.error.no-groups");
        }
        Map<String, Member> byId = byId(members);
        if (late == null || late.id() == null || late.id().isBlank()) {
            throw new GroupingException("grouping.error.blank-id");
        }
        int already = current.groupOf(late.id());
        if (already >= 0) {
            throw new GroupingException("grouping.error.already-grouped", late.id(), already + 1);
        }
        int smallest = Integer.MAX_VALUE;
        boolean anyBalanced = false;
        for (int k = 0; k < current.groups().size(); k++) {
            smallest = Math.min(smallest, current.groups().get(k).size());
            anyBalanced |= balancedAfterJoining(current, k);
        }
        int best = -1;
        long bestGain = Long.MIN_VALUE;
        for (int k = 0; k < current.groups().size(); k++) {
            List<String> group = current.groups().get(k);
            // after hand-made moves no group may keep the balance: then the smallest groups are the candidates
            boolean allowed = anyBalanced ? balancedAfterJoining(current, k) : group.size() == smallest;
            if (!allowed) {
                continue;
            }
            long gain = 0;
            for (String id : group) {
                gain += Diversity.between(late, member(byId, id));
            }
            if (best < 0 || gain > bestGain) {
                best = k;
                bestGain = gain;
            }
        }
        return best;
    }

    /** The sum of {@link Diversity#between} over every pair that shares a group. */
    public double score(Grouping grouping, List<Member> members) {
        Map<String, Member> byId = byId(members);
        long sum = 0;
        for (List<String> group : grouping.groups()) {
            for (int x = 0; x < group.size(); x++) {
                Member a = member(byId, group.get(x));
                for (int y = x + 1; y < group.size(); y++) {
                    sum += Diversity.between(a, member(byId, group.get(y)));
                }
            }
        }
        return sum;
    }

    /** Whether, after one more person in group k, the largest group is at most one above the smallest. */
    private static boolean balancedAfterJoining(Grouping g, int k) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int x = 0; x < g.groups().size(); x++) {
            int size = g.groups().get(x).size() + (x == k ? 1 : 0);
            min = Math.min(min, size);
            max = Math.max(max, size);
        }
        return max - min <= 1;
    }

    private static List<Member> checkedMembers(List<Member> members) {
        if (members == null || members.isEmpty()) {
            throw new GroupingException("grouping.error.no-members");
        }
        if (members.size() > MEMBERS_MAX) {
            throw new GroupingException("grouping.error.too-many-members", MEMBERS_MAX, members.size());
        }
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            if (m == null || m.id() == null || m.id().isBlank()) {
                throw new GroupingException("grouping.error.blank-id");
            }
            if (!seen.add(m.id())) {
                throw new GroupingException("grouping.error.duplicate-member", m.id());
            }
        }
        return List.copyOf(members);
    }

    private static Map<String, Integer> indexOf(List<Member> members) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).id(), i);
        }
        return index;
    }

    private static Map<String, Member> byId(List<Member> members) {
        Map<String, Member> byId = new HashMap<>();
        for (Member m : checkedMembers(members)) {
            byId.put(m.id(), m);
        }
        return byId;
    }

    private static Member member(Map<String, Member> byId, String id) {
        Member m = byId.get(id);
        if (m == null) {
            throw new GroupingException("grouping.error.unknown-member", id);
        }
        return m;
    }

    static double[][] distances(List<Member> members) {
        int n = members.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = Diversity.between(members.get(i), members.get(j));
                d[j][i] = d[i][j];
            }
        }
        return d;
    }
}
