package jp.banso.formation;

import java.time.LocalDate;

/**
 * A stage to record. With {@link DatePrecision#FISCAL_YEAR} any day of the fiscal year may be given; it is
 * stored as the year's last day. {@code councilType} is required for FOUNDED and ACTIVE, ignored otherwise.
 */
public record StageChangeDraft(FormationStage stage, LocalDate date, DatePrecision precision, CouncilType councilType,
                               String evidence, String evidenceUrl) {
}
