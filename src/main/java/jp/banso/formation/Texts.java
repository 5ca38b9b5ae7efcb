package jp.banso.formation;

/** The KPI's definition and source as shown on the dashboard, in exports and through the API. */
public final class Texts {

    public static final String COVERAGE_DEFINITION = "人口カバー率 = 協議会ありとして数える市町村（段階が「設立」または「活動」）の"
            + "令和2年国勢調査人口の合計 ÷ 都道府県の令和2年国勢調査人口";
    public static final String SOURCE = "人口：令和2年国勢調査（2020年10月1日現在。統計センターの SSDSE による）。"
            + "団体コード・名称：総務省 全国地方公共団体コード（2024年1月1日現在）。段階：Banso に記録された根拠による。";

    private Texts() {
    }

    public static String scope(CouncilScope s) {
        return s == CouncilScope.OWN ? "単独で設置した協議会のみ" : "単独の協議会と、広域・県の協議会への参加の両方";
    }

    /** 0.2%（令和2年度末）→ 40%（令和12年度末）, or 6市町村（令和12年度末）. */
    public static String target(FormationTarget t) {
        String unit = t.metric() == TargetMetric.COVERAGE ? "%" : "市町村";
        String to = t.targetValue().toPlainString() + unit + "（" + FiscalYears.label(t.targetFy()) + "末）";
        if (t.baselineValue() == null) {
            return to;
        }
        return t.baselineValue().toPlainString() + unit + "（" + FiscalYears.label(t.baselineFy()) + "末）→ " + to;
    }
}
