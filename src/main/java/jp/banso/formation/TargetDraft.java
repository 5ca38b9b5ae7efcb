package jp.banso.formation;

import java.math.BigDecimal;

/** A target as an adviser enters it (see {@link FormationTarget}). */
public record TargetDraft(TargetMetric metric, CouncilScope scope, BigDecimal baselineValue, Integer baselineFy,
                          BigDecimal targetValue, Integer targetFy, String sourceText) {
}
