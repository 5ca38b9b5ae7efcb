package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.banso.base.markdown.SafeMarkdown;
import org.junit.jupiter.api.Test;

/** What snippets are cut from: plain text without Markdown's list markers and table pipes. */
class SectionDocTest {

    @Test
    void lists_and_tables_read_as_text() {
        String md = "- 障がい者の住まいの確保は厳しい。\n- 補助が続くか分からない。\n\n| 時期 | 主な動き |\n|---|---|\n"
                + "| R2 | 計画を策定 |\n| R3 | 補助金を創設 |\n";
        String text = SectionDoc.readable(SafeMarkdown.toPlainText(md));
        assertThat(text).doesNotContain("|", "- ", "---");
        assertThat(text).contains("障がい者の住まいの確保は厳しい。", "R2：計画を策定", "R3：補助金を創設");
    }
}
