package jp.banso.workshop;

import java.util.List;

/**
 * The worksheet a group fills together. The issue sheet has the three columns of the individual sheet; the
 * support-plan matrix has one row per role at the table and the three stages of seamless support (いわき).
 */
public enum Worksheet {
    ISSUE_SHEET("issue-sheet", List.of("item", "content", "improvement")),
    SUPPORT_MATRIX("support-matrix", List.of("role", "before", "during", "after"));

    /** The column of the free notes every worksheet has (stored as row {@link #NOTES_ROW}). */
    public static final String NOTES = "notes";
    public static final int NOTES_ROW = -1;

    private final String contentName;
    private final List<String> columns;

    Worksheet(String contentName, List<String> columns) {
        this.contentName = contentName;
        this.columns = columns;
    }

    /** The name scenario files use ("issue-sheet", "support-matrix"). */
    public String contentName() {
        return contentName;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean hasCell(int row, String col) {
        return row == NOTES_ROW ? NOTES.equals(col) : row >= 0 && columns.contains(col);
    }

    /** The longest text a cell of this column takes. */
    public static int maxLength(String col) {
        return switch (col) {
            case "item", "role" -> GroupWorkLimits.SHORT_CELL_MAX;
            case NOTES -> GroupWorkLimits.NOTES_MAX;
            default -> GroupWorkLimits.CELL_MAX;
        };
    }

    public static Worksheet fromContentName(String name) {
        for (Worksheet w : values()) {
            if (w.contentName.equals(name)) {
                return w;
            }
        }
        return ISSUE_SHEET;
    }
}
