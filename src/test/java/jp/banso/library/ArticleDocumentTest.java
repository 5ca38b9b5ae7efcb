package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {

    static final String SAMPLE = """
            ---
            slug: sample-city
            title: 見本市：相談窓口の一本化
            kind: case
            prefecture: 奈良県
            municipalities: [見本市]
            fiscal_year: 2023
            themes: [相談体制, 庁内連携]
            target_groups: [高齢者]
            support_team: [国土交通省]
            summary: 見本の要約です。
            ---

            ## これまでの取組状況 {#background}

            相談が**増えている**。

            ## 取組内容と成果 {#activities}

            ### 第1回勉強会 {#activities-1}

            - 参加者 20名

            ```
            ## not a heading inside code
            ```
            """;

    @Test
    void a_file_is_read_into_metadata_and_sections_in_order() {
        ArticleDocument doc = ArticleDocument.parse(SAMPLE);
        assertThat(doc.meta().slug()).isEqualTo("sample-city");
        assertThat(doc.meta().kind()).isEqualTo(ArticleKind.CASE);
        assertThat(doc.meta().themes()).containsExactly("相談体制", "庁内連携");
        assertThat(doc.sections()).extracting(ArticleSection::anchor)
                .containsExactly("background", "activities", "activities-1");
        assertThat(doc.sections()).extracting(ArticleSection::level).containsExactly(2, 2, 3);
        assertThat(doc.sections().get(2).body()).contains("参加者 20名").contains("## not a heading inside code");
    }

    @Test
    void writing_a_document_and_reading_it_back_gives_the_same_document() {
        ArticleDocument doc = ArticleDocument.parse(SAMPLE);
        assertThat(ArticleDocument.parse(doc.toMarkdown())).isEqualTo(doc);
    }

    @Test
    void quotes_and_colons_in_titles_survive_the_round_trip() {
        ArticleDocument doc = ArticleDocument.parse(SAMPLE.replace("title: 見本市：相談窓口の一本化",
                "title: \"It's: 'quoted' #1 - ok\""));
        assertThat(doc.meta().title()).isEqualTo("It's: 'quoted' #1 - ok");
        assertThat(ArticleDocument.parse(doc.toMarkdown()).meta().title()).isEqualTo("It's: 'quoted' #1 - ok");
    }

    @Test
    void every_problem_of_a_bad_file_is_reported_at_once() {
        String bad = """
                ---
                slug: Bad Slug
                kind: poem
                prefecture: 奈良県
                municipalities: []
                themes: []
                target_groups: []
                support_team: []
                ---
                text before any heading
                ## 同じ {#same}
                ## 同じ {#same}
                """;
        assertThatThrownBy(() -> ArticleDocument.parse(bad))
                .isInstanceOfSatisfying(ArticleFormatException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("slug:"))
                        .anyMatch(p -> p.startsWith("title: required"))
                        .anyMatch(p -> p.startsWith("kind:"))
                        .anyMatch(p -> p.contains("text before the first"))
                        .anyMatch(p -> p.contains("used twice")));
    }

    @Test
    void a_file_without_front_matter_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> ArticleDocument.parse("## 見出し\n本文"))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("front matter");
        assertThatThrownBy(() -> ArticleDocument.parse(null)).isInstanceOf(ArticleFormatException.class);
    }

    @Test
    void yaml_tags_that_could_build_java_objects_are_refused() {
        String evil = SAMPLE.replace("summary: 見本の要約です。", "summary: !!javax.script.ScriptEngineManager [x]");
        assertThatThrownBy(() -> ArticleDocument.parse(evil)).isInstanceOf(ArticleFormatException.class);
    }

    @Test
    void headings_without_an_anchor_get_one_from_their_text_that_does_not_move_with_their_position() {
        String doc = SAMPLE.replace(" {#background}", "");
        List<String> anchors = ArticleDocument.parse(doc).sections().stream().map(ArticleSection::anchor).toList();
        assertThat(anchors.get(0)).matches("sec-[0-9a-f]{8}");
        assertThat(anchors.subList(1, anchors.size())).containsExactly("activities", "activities-1");
        // the same heading, now second: same anchor; the anchors written in the text stay as they are
        String moved = doc.replaceFirst("\n## ", "\n## 前置きの節\n\n前置き。\n\n## ");
        List<String> after = ArticleDocument.parse(moved).sections().stream().map(ArticleSection::anchor).toList();
        assertThat(after.get(1)).isEqualTo(anchors.get(0));
        assertThat(after.get(0)).matches("sec-[0-9a-f]{8}").isNotEqualTo(anchors.get(0));
        assertThat(after.subList(2, after.size())).containsExactly("activities", "activities-1");
    }

    @Test
    void a_heading_in_ascii_words_gets_those_words_and_a_clash_gets_a_number() {
        assertThat(ArticleDocument.generatedAnchor("Next steps", java.util.Set.of())).isEqualTo("next-steps");
        assertThat(ArticleDocument.generatedAnchor("Next steps", java.util.Set.of("next-steps"))).isEqualTo("next-steps-2");
    }
}
