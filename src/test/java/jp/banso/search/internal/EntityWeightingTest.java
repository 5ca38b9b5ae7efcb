package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places, people, shares and the question's own wording: what the search weighs beyond bags of words. */
class EntityWeightingTest {

    static final ArticleInfo TACHIKAWA = new ArticleInfo("t", "立川市の相談窓口", "東京都", "case", List.of("立川市"),
            List.of(), List.of());
    static final ArticleInfo FUKUSHIMA_PREF = new ArticleInfo("f", "福島県の協議会", "福島県", "program", List.of(),
            List.of(), List.of());

    @Test
    void places_are_read_from_the_register_and_the_articles_longest_first_and_in_short_form() {
        Set<String> known = PlaceNames.known(List.of(TACHIKAWA, FUKUSHIMA_PREF));
        // 長野県 and 松本市 come from the register (formation/*.csv), 立川 from an article's 立川市
        assertThat(PlaceNames.mentioned("松本市で開いた会議", known)).containsExactly("松本市");
        assertThat(PlaceNames.mentioned("立川のセミナー", known)).containsExactly("立川");
        // 東京都 is one name, not 東京 and 京都
        assertThat(PlaceNames.mentioned("東京都の区", known)).containsExactly("東京都");
        assertThat(PlaceNames.mentioned("空き家の活用", known)).isEmpty();
        assertThat(PlaceNames.about(TACHIKAWA, Set.of("立川"))).isTrue();
        assertThat(PlaceNames.about(TACHIKAWA, Set.of("東京都"))).isTrue();
        // a municipality's name does not make every article of its prefecture about it
        assertThat(PlaceNames.about(FUKUSHIMA_PREF, Set.of("福島市"))).isFalse();
        assertThat(PlaceNames.about(FUKUSHIMA_PREF, Set.of("福島"))).isTrue();
    }

    @Test
    void who_how_much_and_what_share_ask_for_names_sums_and_percentages() {
        assertThat(AnswerFocus.of("初代会長は誰")).isEqualTo(AnswerFocus.PERSON);
        assertThat(AnswerFocus.of("補助はいくら")).isEqualTo(AnswerFocus.AMOUNT);
        assertThat(AnswerFocus.of("回収率は何%")).isEqualTo(AnswerFocus.SHARE);
        assertThat(AnswerFocus.of("相談は何件")).isEqualTo(AnswerFocus.QUANTITY);
        assertThat(AnswerFocus.PERSON.answeredBy("初代会長に高岡秀規町長を選んだ")).isTrue();
        assertThat(AnswerFocus.PERSON.answeredBy("講師の葛西准教授が話した")).isTrue();
        assertThat(AnswerFocus.PERSON.answeredBy("規約と事業計画を承認した")).isFalse();
        assertThat(AnswerFocus.AMOUNT.answeredBy("平均所得は262.6万円")).isTrue();
        assertThat(AnswerFocus.AMOUNT.answeredBy("262件")).isFalse();
        assertThat(AnswerFocus.SHARE.answeredBy("空き家率は13.3%")).isTrue();
        assertThat(AnswerFocus.SHARE.answeredBy("13件")).isFalse();
    }

    @Test
    void the_sentence_repeating_the_questions_wording_leads_and_the_articles_own_names_do_not_count() {
        QuestionEcho echo = QuestionEcho.of("沖縄市居住支援協議会が設立されたのは", "沖縄市：県内初の居住支援協議会 沖縄県 沖縄市");
        String founding = "令和6年2月5日、沖縄市居住支援協議会が設立された。";
        String other = "国は地域での居住支援協議会の設立を後押ししており、住宅施策と福祉施策の連携を強めるため、"
                + "市区町村による協議会の設置を努力義務とする住宅セーフティネット法の改正案が、関係する省庁の間での"
                + "調整を経て、3月8日に閣議決定された。";
        assertThat(echo.strength(founding)).isGreaterThan(echo.strength(other));
        // only the title's words in common: no echo
        assertThat(echo.longest("沖縄市居住支援協議会")).isZero();
        // hiragana alone echoes nothing
        assertThat(QuestionEcho.of("のはいつか", "").longest("それはいつかのことだ")).isZero();

        Map<String, Double> words = Map.of("設立", 1.0);
        String text = other + "\n" + founding;
        assertThat(SnippetMaker.make(text, words, AnswerFocus.TIME, echo).text()).contains("2月5日");
        assertThat(SnippetMaker.make(text, words, AnswerFocus.TIME, QuestionEcho.NONE).text()).doesNotContain("2月5日");
    }

    @Test
    void did_you_mean_keeps_a_words_scripts() {
        assertThat(Suggestions.sameScripts("回収", "回る")).isFalse();
        assertThat(Suggestions.sameScripts("空き屋", "空き家")).isTrue();
        assertThat(Suggestions.sameScripts("セーフティネット", "セーフティーネット")).isTrue();
    }
}
