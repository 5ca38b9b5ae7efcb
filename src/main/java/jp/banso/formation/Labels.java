package jp.banso.formation;

import java.time.LocalDate;

/** Japanese labels used inside messages built on the server (stage names, dates). */
public final class Labels {

    private Labels() {
    }

    public static String stage(FormationStage s) {
        return switch (s) {
            case NOT_STARTED -> "未着手";
            case CONSIDERING -> "検討開始";
            case STUDYING -> "勉強会・意見交換";
            case PREPARING -> "設立準備";
            case FOUNDED -> "設立";
            case ACTIVE -> "活動";
        };
    }

    public static String councilType(CouncilType t) {
        return t == null ? "" : t == CouncilType.OWN ? "単独" : "広域・県の協議会に参加";
    }

    /** 2023-03-08, or 平成30年度 when only the fiscal year is known; empty for none. */
    public static String date(LocalDate d, DatePrecision p) {
        if (d == null) {
            return "";
        }
        return p == DatePrecision.FISCAL_YEAR ? FiscalYears.label(FiscalYears.of(d)) : d.toString();
    }
}
