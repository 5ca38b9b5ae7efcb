package jp.banso.workshop;

import java.util.List;

/** Limits of group work, shared by the schema (V060), the services and the UI. */
public final class GroupWorkLimits {

    public static final int SHORT_CELL_MAX = 200;
    public static final int CELL_MAX = 2000;
    /** Also the cell column size: a merge of two conflicting texts of a long column must still fit. */
    public static final int NOTES_MAX = 4000;
    public static final int ROWS_MAX = 30;
    public static final int GROUPS_MAX = 40;
    public static final int MUNICIPALITY_MAX = 100;
    /** Rows of a new issue sheet; members add more. */
    public static final int FIRST_ROWS = 3;
    /** Roles of a support-plan matrix when the scenario names none. */
    public static final List<String> DEFAULT_ROLES = List.of("住宅部局", "福祉部局", "不動産関係団体", "居住支援法人", "社会福祉協議会");

    private GroupWorkLimits() {
    }
}
