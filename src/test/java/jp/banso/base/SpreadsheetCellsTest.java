package jp.banso.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP CSV injection: every formula trigger, in every form the review found unescaped, gets an apostrophe. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1", "|calc", " =1+1", "   @x",
            "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "｜calc", " ＝1", "=HYPERLINK(\"http://x\")", "\tplain"})
    void a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(String cell) {
        assertThat(SpreadsheetCells.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"見守りが途切れる", "A=B", "1-2", "メール a@b.jp", "", "  普通の文", "｛括弧｝", "'既に", "   ", "\u3000"})
    void ordinary_text_is_left_as_it_is(String cell) {
        assertThat(SpreadsheetCells.neutralised(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "say \"hi\"", "a,b", "line\r\nbreak"})
    void a_csv_field_is_quoted_with_doubled_quotes(String cell) {
        String f = SpreadsheetCells.csvField(cell);
        assertThat(f).startsWith("\"").endsWith("\"");
        assertThat(f.substring(1, f.length() - 1).replace("\"\"", "")).doesNotContain("\"");
        assertThat(f.substring(1, f.length() - 1).replace("\"\"", "\"")).isEqualTo(SpreadsheetCells.neutralised(cell));
    }
}
