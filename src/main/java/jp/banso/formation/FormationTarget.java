package jp.banso.formation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A prefecture's plan target: {@code targetValue} by the end of fiscal year {@code targetFy}, optionally from a
 * baseline value at the end of {@code baselineFy}; {@code sourceText} names the plan it comes from.
 */
public record FormationTarget(long id, String prefectureCode, TargetMetric metric, CouncilScope scope,
                              BigDecimal baselineValue, Integer baselineFy, BigDecimal targetValue, int targetFy,
                              String sourceText, String updatedBy, Instant updatedAt, int version) {
}
