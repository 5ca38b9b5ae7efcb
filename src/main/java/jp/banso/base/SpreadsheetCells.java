package jp.banso.base;

/**
 * Cells that go into CSV (or any file a spreadsheet opens) cannot start a formula (OWASP "CSV Injection").
 * Excel and LibreOffice start a formula on = + - @, on | (DDE), after a leading TAB or CR, after leading
 * spaces, and on the full-width forms ＝ ＋ － ＠ ｜ (Japanese IMEs type them; Excel folds them to ASCII).
 * Such a cell gets a leading apostrophe, which the spreadsheet shows as text and does not run.
 */
public final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C";

    private SpreadsheetCells() {
    }

    /** The value, with an apostrophe in front when a spreadsheet would read it as a formula. */
    public static String neutralised(String value) {
        if (value == null) {
            return "";
        }
        return startsFormula(value) ? "'" + value : value;
    }

    /** Whether a spreadsheet would read this text, typed into a cell, as a formula. */
    public static boolean startsFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u3000')) {
            i++;
        }
        return i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0;
    }

    /** One CSV field: neutralised, always quoted, quotes doubled (RFC 4180). */
    public static String csvField(String value) {
        return '"' + neutralised(value).replace("\"", "\"\"") + '"';
    }
}
