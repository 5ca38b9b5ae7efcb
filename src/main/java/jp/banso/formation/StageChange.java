package jp.banso.formation;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded change of a municipality's stage: what, dated when, on what evidence, by whom and when. */
public record StageChange(long id, String municipalityCode, FormationStage stage, LocalDate stageDate,
                          DatePrecision datePrecision, CouncilType councilType, String evidence, String evidenceUrl,
                          String changedBy, Instant changedAt) {
}
