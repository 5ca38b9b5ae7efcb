package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.search.Snippet;
import jp.banso.search.bench.ShippedCorpus;
import org.junit.jupiter.api.Test;

/** What snippets are cut from: the text a reader sees, without any Markdown syntax. */
class SectionDocTest {

    /** Markdown a reader never sees: list and quote markers, headings, emphasis, code, link targets, table pipes. */
    static final Pattern SYNTAX = Pattern.compile("(?m)^[ \\t]*[-*+>#][ \\t]+\\S|\\||\\*\\*|__|~~|`|\\]\\(|!\\[|^\\s*-{3,}\\s*$|\\(https?://");

    @Test
    void lists_tables_links_and_emphasis_read_as_text() {
        String md = """
                - 障がい者の住まいの確保は**厳しい**。
                - 補助が続くか分からない。
                  - 入れ子の項目
                1. 一つ目の[手順](https://example.jp/a "題")
                2. 二つ目は `コード` の説明

                > 引用した声

                | 時期 | 主な動き | 備考 |
                |---|---|---|
                | R2 | 計画を策定 | 県と協議 |
                | R3 | 補助金を創設 | |

                ---
                ![図の説明](a.png) と <https://example.jp/b>
                """;
        String text = SafeMarkdown.toPlainText(md);
        assertThat(SYNTAX.matcher(text).find()).as(text).isFalse();
        assertThat(text.lines()).contains("障がい者の住まいの確保は厳しい。", "補助が続くか分からない。", "入れ子の項目",
                "1. 一つ目の手順", "引用した声", "時期：主な動き、備考", "R2：計画を策定、県と協議", "R3：補助金を創設");
        assertThat(text).contains("2. 二つ目は コード の説明").doesNotContain("a.png", "example.jp/a");
    }

    @Test
    void the_index_keeps_link_targets_for_ranking_but_a_snippet_never_shows_them() {
        String indexed = SectionDoc.indexText("根拠は[福祉関係団体との意見交換](/library/iwaki#activities-welfare)と[国の資料](https://example.jp/a)。");
        assertThat(indexed).contains("(/library/iwaki#activities-welfare)", "(https://example.jp/a)");
        assertThat(new Snippet(List.of(new Snippet.Part(indexed, false))).text())
                .isEqualTo("根拠は福祉関係団体との意見交換と国の資料。");
        // a snippet cut inside a target: neither piece shows
        assertThat(new Snippet(List.of(new Snippet.Part("…", false), new Snippet.Part("iwaki#activities-welfare)と国の資料 (/libr", false),
                new Snippet.Part("…", false))).text()).isEqualTo("…と国の資料…");
    }

    @Test
    void no_indexed_section_of_the_shipped_or_unseen_content_shows_markdown_syntax() throws Exception {
        List<List<SectionDoc>> all = new ArrayList<>(ShippedCorpus.load());
        all.addAll(ShippedCorpus.load("classpath*:search-unseen/articles/*.md"));
        List<String> residue = new ArrayList<>();
        for (List<SectionDoc> article : all) {
            for (SectionDoc d : article) {
                // what a snippet of this section can show: its text, link targets dropped
                String shown = new Snippet(List.of(new Snippet.Part(d.text(), false))).text();
                var m = SYNTAX.matcher(shown);
                if (m.find()) {
                    int at = m.start();
                    residue.add(d.slug() + "#" + d.anchor() + ": …" + shown.substring(Math.max(0, at - 20),
                            Math.min(shown.length(), at + 20)) + "…");
                }
            }
        }
        assertThat(all.stream().mapToInt(List::size).sum()).isGreaterThan(200);
        assertThat(residue).isEmpty();
    }
}
