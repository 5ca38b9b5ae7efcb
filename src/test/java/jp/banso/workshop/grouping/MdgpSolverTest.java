package jp.banso.workshop.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MdgpSolverTest {

    /** Stops on idle rounds, not on time: deterministic, and a slow machine only takes longer. */
    static final MdgpSolver.Limits UNTIL_SETTLED = new MdgpSolver.Limits(1_000_000, 3_000, 20_000_000_000L);

    @ParameterizedTest
    @CsvSource({
            "Geo/Geo_n010_ss_01.txt, 3660.67",
            "Geo/Geo_n012_ss_01.txt, 716.46",
            "RanInt/RanInt_n010_ss_01.txt, 1292.00",
            "RanInt/RanInt_n012_ss_01.txt, 985.00",
            "RanReal/RanReal_n010_ss_01.txt, 1427.85",
            "RanReal/RanReal_n012_ss_01.txt, 956.43"})
    void the_proven_optima_at_n_10_and_12_are_matched(String file, double optimum) throws IOException {
        MdgpProblem problem = MdgpFiles.read(MdgpFiles.DIR.resolve(file));
        MdgpSolver.Result result = MdgpSolver.solve(problem, UNTIL_SETTLED, 1);
        assertThat(problem.satisfies(result.group())).isTrue();
        assertThat(result.objective()).isCloseTo(optimum, within(0.006));
    }

    @Test
    void a_group_size_range_is_kept_and_the_objective_is_the_sum_of_pairs() throws IOException {
        MdgpProblem problem = MdgpFiles.read(MdgpFiles.DIR.resolve("RanReal/RanReal_n030_ds_01.txt"));
        MdgpSolver.Result result = MdgpSolver.solve(problem, new MdgpSolver.Limits(300, 300, 20_000_000_000L), 3);
        assertThat(problem.satisfies(result.group())).isTrue();
        assertThat(result.objective()).isEqualTo(problem.objective(result.group()));
    }

    @Test
    void fixed_elements_stay_and_a_tiny_instance_is_solved_exactly() {
        // 4 elements, 2 groups of 2; d(0,1) is large but 0 and 1 are fixed apart
        double[][] d = {
                {0, 100, 5, 1},
                {100, 0, 1, 7},
                {5, 1, 0, 0},
                {1, 7, 0, 0}};
        MdgpProblem problem = new MdgpProblem(d, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 1, -1, -1});
        MdgpSolver.Result result = MdgpSolver.solve(problem, UNTIL_SETTLED, 7);
        assertThat(result.group()).containsExactly(0, 1, 0, 1);
        assertThat(result.objective()).isEqualTo(12);
    }

    @Test
    void infeasible_bounds_are_detected() {
        double[][] d = new double[5][5];
        int[] free = new int[5];
        Arrays.fill(free, -1);
        assertThat(new MdgpProblem(d, new int[] {3, 3}, new int[] {3, 3}, free).feasible()).isFalse();
        assertThat(new MdgpProblem(d, new int[] {2, 2}, new int[] {3, 3}, free).feasible()).isTrue();
        int[] crowded = {0, 0, 0, -1, -1};
        assertThat(new MdgpProblem(d, new int[] {2, 2}, new int[] {3, 3}, crowded).feasible()).isTrue();
        int[] overfull = {0, 0, 0, 0, -1};
        assertThat(new MdgpProblem(d, new int[] {2, 2}, new int[] {3, 3}, overfull).feasible()).isFalse();
    }

    @Test
    void the_same_seed_gives_the_same_result() throws IOException {
        MdgpProblem problem = MdgpFiles.read(MdgpFiles.DIR.resolve("Geo/Geo_n060_ds_03.txt"));
        MdgpSolver.Limits rounds = new MdgpSolver.Limits(200, Long.MAX_VALUE, 60_000_000_000L);
        int[] first = MdgpSolver.solve(problem, rounds, 99).group();
        int[] second = MdgpSolver.solve(problem, rounds, 99).group();
        assertThat(second).isEqualTo(first);
    }
}
