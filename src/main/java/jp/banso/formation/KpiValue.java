package jp.banso.formation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two KPIs for one scope: how many municipalities count as having a council, and their Σ 2020 population
 * as a share of the prefecture's 2020 population ({@code coveragePercent}, rounded half-up to one decimal).
 */
public record KpiValue(CouncilScope scope, int councils, long coveredPopulation, long prefecturePopulation) {

    public BigDecimal coveragePercent() {
        if (prefecturePopulation <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(coveredPopulation).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(prefecturePopulation), 1, RoundingMode.HALF_UP);
    }

    /** Unrounded, for charts. */
    public double coverageRatio() {
        return prefecturePopulation <= 0 ? 0 : (double) coveredPopulation / prefecturePopulation;
    }
}
