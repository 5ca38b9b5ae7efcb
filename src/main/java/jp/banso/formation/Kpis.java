package jp.banso.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes a prefecture's KPIs from its register and the recorded stage changes. Pure, so it is tested as such. */
final class Kpis {

    /** The chart shows at least this many fiscal years before the current one. */
    static final int YEARS_BEFORE = 3;

    private Kpis() {
    }

    static PrefectureKpi compute(Prefecture p, List<Municipality> municipalities, List<StageChange> changes,
                                 List<FormationTarget> targets, Map<String, Integer> progress, LocalDate today) {
        Optional<FormationTarget> coverage = targets.stream().filter(t -> t.metric() == TargetMetric.COVERAGE).findFirst();
        Optional<FormationTarget> count = targets.stream().filter(t -> t.metric() == TargetMetric.COUNT).findFirst();
        CouncilScope scope = coverage.or(() -> count).map(FormationTarget::scope).orElse(CouncilScope.OWN);
        Map<String, Long> population = new HashMap<>();
        municipalities.forEach(m -> population.put(m.code(), m.population2020()));
        long sum = municipalities.stream().mapToLong(Municipality::population2020).sum();

        KpiValue own = value(CouncilScope.OWN, municipalities, p);
        KpiValue all = value(CouncilScope.OWN_OR_JOINT, municipalities, p);

        int currentFy = FiscalYears.of(today);
        int first = currentFy - YEARS_BEFORE;
        for (FormationTarget t : targets) {
            if (t.baselineFy() != null) {
                first = Math.min(first, t.baselineFy());
            }
        }
        for (StageChange c : changes) {
            if (c.stage().hasCouncil()) {
                first = Math.min(first, FiscalYears.of(c.stageDate()));
            }
        }
        List<KpiPoint> history = new ArrayList<>();
        for (int fy = first; fy <= currentFy; fy++) {
            // the state at the end of fy: each municipality's latest change dated in fy or before
            Map<String, StageChange> state = new HashMap<>();
            for (StageChange c : changes) {
                if (FiscalYears.of(c.stageDate()) <= fy && population.containsKey(c.municipalityCode())) {
                    state.put(c.municipalityCode(), c);
                }
            }
            history.add(new KpiPoint(fy, fy == currentFy, value(CouncilScope.OWN, state.values(), population, p),
                    value(CouncilScope.OWN_OR_JOINT, state.values(), population, p)));
        }
        List<MunicipalityRow> rows = municipalities.stream().map(m -> new MunicipalityRow(m, progress.get(m.code()))).toList();
        return new PrefectureKpi(p, municipalities.size(), sum, today, scope, own, all, List.copyOf(history), coverage, count, rows);
    }

    private static KpiValue value(CouncilScope scope, List<Municipality> ms, Prefecture p) {
        int n = 0;
        long covered = 0;
        for (Municipality m : ms) {
            if (scope.counts(m.stage(), m.councilType())) {
                n++;
                covered += m.population2020();
            }
        }
        return new KpiValue(scope, n, covered, p.population2020());
    }

    private static KpiValue value(CouncilScope scope, java.util.Collection<StageChange> state, Map<String, Long> population,
                                  Prefecture p) {
        int n = 0;
        long covered = 0;
        for (StageChange c : state) {
            if (scope.counts(c.stage(), c.councilType())) {
                n++;
                covered += population.get(c.municipalityCode());
            }
        }
        return new KpiValue(scope, n, covered, p.population2020());
    }
}
