package jp.banso.workshop.grouping;

import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Iterated local search for the Maximally Diverse Grouping Problem, after the "iterated maxima search" of Lai &amp;
 * Hao (2016): a descent that alternates two neighbourhoods (move one element to another group, swap two elements
 * of different groups), a weak perturbation that hops from one local optimum to a nearby one, and a strong
 * perturbation that leaves a region once weak hops stop paying.
 *
 * <p>Every element keeps its sum of distances to each group, {@code c[i][k]}. With it the gain of a move of
 * {@code i} from group a to b is {@code c[i][b] - c[i][a]} and of a swap of i (in a) with j (in b) is
 * {@code c[i][b] - c[i][a] + c[j][a] - c[j][b] - 2 d(i, j)}: O(1) each; applying a move updates the column of
 * the two groups for every element, O(n).
 *
 * <p>Deterministic for a seed as long as it stops on {@link Limits#maxRounds()} or {@link Limits#idleRounds()};
 * the time limit is a safety net (and the benchmark's budget).
 */
public final class MdgpSolver {

    /**
     * When to stop: after {@code maxRounds} perturbation rounds, after {@code idleRounds} rounds without a new
     * best, or at {@code timeLimitNanos}, whichever comes first.
     */
    public record Limits(long maxRounds, long idleRounds, long timeLimitNanos) {

        public static Limits time(long millis) {
            return new Limits(Long.MAX_VALUE, Long.MAX_VALUE, millis * 1_000_000L);
        }
    }

    /** An assignment element -> group, its objective and the rounds it took. */
    public record Result(int[] group, double objective, long rounds) {
    }

    private static final double EPS = 1e-7;
    /**
     * A weak perturbation of 3 random steps; a strong one of n/8 steps after 20 weak rounds without a better
     * local optimum. Compared on the MDGPLIB n = 60/120 reference instances (docs/grouping.md): most settings
     * differ by less than the run-to-run noise; a strong perturbation of n/20 and a stagnation limit of 200
     * rounds were clearly worse.
     */
    private static final int WEAK_STEPS = 3;
    private static final int STAGNATION_ROUNDS = 20;

    private final MdgpProblem p;
    private final int n;
    private final SplittableRandom random;
    /** The elements the search may move, i.e. those not fixed. */
    private final int[] free;
    /** {@link #free} twice in a row: a sweep from a random start indexes it without a modulo per pair. */
    private final int[] freeTwice;

    private MdgpSolver(MdgpProblem p, long seed) {
        this.p = p;
        this.n = p.n;
        this.random = new SplittableRandom(seed);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (p.fixed[i] < 0) {
                count++;
            }
        }
        free = new int[count];
        for (int i = 0, f = 0; i < n; i++) {
            if (p.fixed[i] < 0) {
                free[f++] = i;
            }
        }
        freeTwice = new int[2 * count];
        System.arraycopy(free, 0, freeTwice, 0, count);
        System.arraycopy(free, 0, freeTwice, count, count);
    }

    public static Result solve(MdgpProblem problem, Limits limits, long seed) {
        return solve(problem, limits, seed, System::nanoTime);
    }

    /** With another clock for the time limit, e.g. the thread's CPU time when measuring on a shared machine. */
    static Result solve(MdgpProblem problem, Limits limits, long seed, LongSupplier clock) {
        if (!problem.feasible()) {
            throw new IllegalArgumentException("infeasible bounds or fixed elements");
        }
        return new MdgpSolver(problem, seed).run(limits, clock);
    }

    private Result run(Limits limits, LongSupplier clock) {
        long deadline = clock.getAsLong() + limits.timeLimitNanos();
        State current = construct();
        descend(current);
        State best = current.copy();
        State trial = current.copy();
        int weak = WEAK_STEPS;
        int strong = Math.max(WEAK_STEPS + 1, free.length / 8);

        long rounds = 0;
        long idle = 0;
        int stagnation = 0;
        while (rounds < limits.maxRounds() && idle < limits.idleRounds() && clock.getAsLong() < deadline) {
            rounds++;
            trial.copyFrom(current);
            perturb(trial, weak);
            descend(trial);
            // accept ties too: roster distances are small integers with wide plateaus
            if (trial.f >= current.f - EPS) {
                if (trial.f <= current.f + EPS) {
                    stagnation++;
                } else {
                    stagnation = 0;
                }
                State swap = current;
                current = trial;
                trial = swap;
            } else {
                stagnation++;
            }
            if (current.f > best.f + EPS) {
                best.copyFrom(current);
                idle = 0;
            } else {
                idle++;
            }
            if (stagnation >= STAGNATION_ROUNDS) {
                perturb(current, strong);
                descend(current);
                stagnation = 0;
            }
        }
        return new Result(best.group.clone(), p.objective(best.group), rounds);
    }

    /** Fixed elements first, then random free ones up to every lower bound, the rest to random groups with room. */
    private State construct() {
        State s = new State(p);
        for (int i = 0; i < n; i++) {
            if (p.fixed[i] >= 0) {
                s.place(i, p.fixed[i]);
            }
        }
        int[] order = free.clone();
        shuffle(order);
        int next = 0;
        for (int k = 0; k < p.groups; k++) {
            while (s.size[k] < p.lower[k]) {
                s.place(order[next++], k);
            }
        }
        int[] open = new int[p.groups];
        while (next < order.length) {
            int count = 0;
            for (int k = 0; k < p.groups; k++) {
                if (s.size[k] < p.upper[k]) {
                    open[count++] = k;
                }
            }
            s.place(order[next++], open[random.nextInt(count)]);
        }
        return s;
    }

    /**
     * First-improvement descent: sweep the move neighbourhood, then the swap neighbourhood, each from a random
     * starting element, until a sweep of both finds no improving step. A step's gain only depends on the two
     * groups it involves, so a sweep only looks at steps touching a group that changed since the previous sweep
     * (after a weak perturbation: a few groups out of many).
     */
    private void descend(State s) {
        int m = free.length;
        int g = p.groups;
        if (m < 1 || g < 2) {
            return;
        }
        boolean[] scan = new boolean[g];
        double[] c = s.c;
        while (s.takeChanged(scan)) {
            int start = random.nextInt(m);
            for (int x = 0; x < m; x++) {
                int i = freeTwice[start + x];
                int a = s.group[i];
                if (s.size[a] <= p.lower[a]) {
                    continue;
                }
                int row = i * g;
                int target = -1;
                double bestGain = EPS;
                for (int b = 0; b < g; b++) {
                    if (b != a && (scan[a] || scan[b]) && s.size[b] < p.upper[b]
                            && c[row + b] - c[row + a] > bestGain) {
                        bestGain = c[row + b] - c[row + a];
                        target = b;
                    }
                }
                if (target >= 0) {
                    s.move(i, target);
                }
            }
            for (int x = 0; x < m; x++) {
                int i = freeTwice[start + x];
                double[] di = p.d[i];
                int ri = i * g;
                for (int y = start + x + 1, end = start + m; y < end; y++) {
                    int j = freeTwice[y];
                    int a = s.group[i];
                    int b = s.group[j];
                    if (a == b || !(scan[a] || scan[b])) {
                        continue;
                    }
                    int rj = j * g;
                    if (c[ri + b] - c[ri + a] + c[rj + a] - c[rj + b] - 2 * di[j] > EPS) {
                        s.swap(i, j);
                    }
                }
            }
        }
    }

    /** {@code strength} random feasible steps: a move where the bounds allow one, a swap otherwise. */
    private void perturb(State s, int strength) {
        int m = free.length;
        if (m < 1 || p.groups < 2) {
            return;
        }
        for (int t = 0; t < strength; t++) {
            int i = free[random.nextInt(m)];
            int a = s.group[i];
            if (random.nextBoolean() && s.size[a] > p.lower[a]) {
                int b = random.nextInt(p.groups);
                if (b != a && s.size[b] < p.upper[b]) {
                    s.move(i, b);
                    continue;
                }
            }
            // a few tries to find a partner in another group; every element may sit in one group only if G = 1
            for (int attempt = 0; attempt < 8; attempt++) {
                int j = free[random.nextInt(m)];
                if (s.group[j] != a) {
                    s.swap(i, j);
                    break;
                }
            }
        }
    }

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** An assignment with its per-group distance sums and objective, updated step by step. */
    private static final class State {
        final MdgpProblem p;
        final int groups;
        final int[] group;
        final int[] size;
        /** c[i * groups + k]: sum of d(i, j) over the elements j of group k (one array: fewer cache misses). */
        final double[] c;
        /** Groups whose members changed since the last {@link #takeChanged}. */
        final boolean[] changed;
        double f;

        State(MdgpProblem p) {
            this.p = p;
            groups = p.groups;
            group = new int[p.n];
            java.util.Arrays.fill(group, -1);
            size = new int[groups];
            c = new double[p.n * groups];
            changed = new boolean[groups];
        }

        State copy() {
            State s = new State(p);
            s.copyFrom(this);
            return s;
        }

        void copyFrom(State o) {
            System.arraycopy(o.group, 0, group, 0, group.length);
            System.arraycopy(o.size, 0, size, 0, size.length);
            System.arraycopy(o.c, 0, c, 0, c.length);
            System.arraycopy(o.changed, 0, changed, 0, changed.length);
            f = o.f;
        }

        /** Copies the changed groups into {@code into}, clears them here; false if none changed. */
        boolean takeChanged(boolean[] into) {
            boolean any = false;
            for (int k = 0; k < groups; k++) {
                into[k] = changed[k];
                any |= changed[k];
                changed[k] = false;
            }
            return any;
        }

        /** Adds an unassigned element to group k. */
        void place(int i, int k) {
            f += c[i * groups + k];
            group[i] = k;
            size[k]++;
            changed[k] = true;
            double[] di = p.d[i];
            for (int v = 0, at = k; v < di.length; v++, at += groups) {
                c[at] += di[v];
            }
        }

        void move(int i, int b) {
            int a = group[i];
            f += c[i * groups + b] - c[i * groups + a];
            group[i] = b;
            size[a]--;
            size[b]++;
            changed[a] = true;
            changed[b] = true;
            double[] di = p.d[i];
            for (int v = 0, row = 0; v < di.length; v++, row += groups) {
                c[row + a] -= di[v];
                c[row + b] += di[v];
            }
        }

        /** Two moves; the sizes are only off by one in between. */
        void swap(int i, int j) {
            int a = group[i];
            move(i, group[j]);
            move(j, a);
        }
    }
}
