package jp.banso.workshop.grouping;

/**
 * An instance of the Maximally Diverse Grouping Problem: n elements, a symmetric diversity matrix, G groups
 * with size bounds lower[k] ≤ |group k| ≤ upper[k], and optionally elements fixed to a group (-1 = free).
 * Maximise the sum, over groups, of d(i, j) for every pair i < j in the same group.
 */
public final class MdgpProblem {

    final int n;
    final int groups;
    final double[][] d;
    final int[] lower;
    final int[] upper;
    final int[] fixed;

    public MdgpProblem(double[][] d, int[] lower, int[] upper, int[] fixed) {
        this.n = d.length;
        this.groups = lower.length;
        if (upper.length != groups || fixed.length != n || groups < 1) {
            throw new IllegalArgumentException("bounds or fixed elements do not match the matrix");
        }
        this.d = d;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.fixed = fixed.clone();
    }

    public int size() {
        return n;
    }

    public int groupCount() {
        return groups;
    }

    /**
     * Whether some assignment meets every bound and every fixed element: per group max(lower, fixed count) ≤
     * upper, and those minimums add up to at most n while the uppers add up to at least n.
     */
    public boolean feasible() {
        int[] fixedCount = fixedPerGroup();
        long need = 0;
        long room = 0;
        for (int k = 0; k < groups; k++) {
            if (lower[k] > upper[k] || fixedCount[k] > upper[k] || upper[k] < 0) {
                return false;
            }
            need += Math.max(lower[k], fixedCount[k]);
            room += upper[k];
        }
        return need <= n && room >= n;
    }

    int[] fixedPerGroup() {
        int[] count = new int[groups];
        for (int f : fixed) {
            if (f >= 0) {
                count[f]++;
            }
        }
        return count;
    }

    /** The objective of an assignment (element -> group), computed from scratch. */
    public double objective(int[] group) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (group[i] == group[j]) {
                    sum += d[i][j];
                }
            }
        }
        return sum;
    }

    /** Whether an assignment meets the bounds and the fixed elements. */
    public boolean satisfies(int[] group) {
        int[] size = new int[groups];
        for (int i = 0; i < n; i++) {
            if (group[i] < 0 || group[i] >= groups || (fixed[i] >= 0 && fixed[i] != group[i])) {
                return false;
            }
            size[group[i]]++;
        }
        for (int k = 0; k < groups; k++) {
            if (size[k] < lower[k] || size[k] > upper[k]) {
                return false;
            }
        }
        return true;
    }
}
