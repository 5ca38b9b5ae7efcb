package jp.banso.formation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A prefecture's formation figures: current KPIs for both scopes, which scope the headline uses (the targets'
 * scope, else OWN), their history by fiscal year, and the plan's targets.
 */
public record PrefectureKpi(Prefecture prefecture, int municipalityCount, long municipalityPopulation, LocalDate asOf,
                            CouncilScope headlineScope, KpiValue own, KpiValue ownOrJoint, List<KpiPoint> history,
                            Optional<FormationTarget> coverageTarget, Optional<FormationTarget> countTarget,
                            List<MunicipalityRow> municipalities) {

    public KpiValue headline() {
        return headlineScope == CouncilScope.OWN ? own : ownOrJoint;
    }
}
