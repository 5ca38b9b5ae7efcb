package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a question names and asks, on a real index: a place named in the question is present in every
 * section of the article about it, a heading is searched with its section, and a question for a count
 * leads with the passage holding one.
 */
class EntityMatchingTest {

    static LuceneIndex index;
    static SearchEngine engine;

    static SectionDoc section(String slug, String prefecture, String anchor, String heading, String text) {
        return new SectionDoc(slug, anchor, 0, 2, heading, prefecture + "居住支援協議会の取組", prefecture, "case", List.of(), List.of(),
                List.of(), text);
    }

    @BeforeAll
    static void build() throws Exception {
        index = LuceneIndex.inMemory(new JapaneseAnalysis());
        index.rebuild(List.of(
                List.of(section("kanagawa-council", "神奈川県", "about", "これまでの取組状況",
                                "神奈川県居住支援協議会は、要配慮者の入居を支援することを目的としている。会長は県の部長である。"),
                        section("kanagawa-council", "神奈川県", "context", "地域の状況",
                                "県内では8つの市町村が、それぞれ居住支援協議会を組織している。"),
                        section("kanagawa-council", "神奈川県", "plan", "今年度の事業計画",
                                "大家やケアマネジャーを対象にしたセミナーを開く。")),
                List.of(section("yamaguchi-council", "山口県", "context", "地域の状況",
                        "山口県内の市町村数は19である。居住支援協議会をつくる市町村を増やすことをめざしている。"))),
                n -> { });
        Synonyms synonyms = Synonyms.shippedPlus(List.of());
        engine = new SearchEngine(index, () -> synonyms, Tuning.DEFAULT);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static SearchResult search(String q) throws Exception {
        return engine.search(SearchRequest.of(q));
    }

    @Test
    void a_named_place_counts_in_every_section_of_its_article_and_a_count_question_gets_the_figure() throws Exception {
        SearchResult r = search("神奈川県で協議会をつくっている市町村の数");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).slug()).isEqualTo("kanagawa-council");
        // the section says 県内, not 神奈川県: without the place's metadata it would hold too few of the words
        assertThat(r.hits().get(0).best().anchor()).isEqualTo("context");
        assertThat(r.hits().get(0).best().snippet().text()).contains("8つ");
    }

    @Test
    void a_heading_is_searched_with_its_section() throws Exception {
        SearchResult r = search("神奈川県の協議会は今年度どんな事業をするのか");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).slug()).isEqualTo("kanagawa-council");
        assertThat(r.hits().get(0).best().anchor()).isEqualTo("plan");
    }

    @Test
    void a_count_is_a_figure_with_what_it_counts_not_a_year() {
        assertThat(AnswerFocus.QUANTITY.answeredBy("相談は年に約200件で")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("県内では8つの市町村が")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("全国に132の居住支援協議会")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("準備に1年ほどを要した")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("令和2年(2020年)2月13日に協定を結んだ")).isFalse();
        assertThat(AnswerFocus.of("福島県居住支援協議会が設立された年月")).isEqualTo(AnswerFocus.TIME);
        assertThat(AnswerFocus.of("豊島区居住支援協議会の設立日")).isEqualTo(AnswerFocus.TIME);
        assertThat(AnswerFocus.of("外国人の割合は23区で何番目か")).isEqualTo(AnswerFocus.QUANTITY);
        assertThat(AnswerFocus.of("空き家の割合")).isEqualTo(AnswerFocus.SHARE);
    }

    @Test
    void a_synonym_group_counts_once_and_words_the_article_names_weigh_little() {
        Passages.Words words = new Passages.Words(
                java.util.Map.of("市町村", 5.0, "市区町村", 5.0, "最初", 2.0),
                java.util.Map.of("市町村", 1, "市区町村", 1));
        // 市区町村 and 市町村 are one group: counted once
        assertThat(words.in("市町村と市区町村")).isEqualTo(5.0);
        // the article's title names 市町村: the whole group weighs a tenth for its passages
        assertThat(words.except("県内市町村初の協議会").in("市区町村による設置")).isEqualTo(0.5);
        assertThat(words.except("県内市町村初の協議会").in("最初の協議会")).isEqualTo(2.0);
    }
}
