package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.banso.search.Passage;
import jp.banso.search.Snippet;
import org.junit.jupiter.api.Test;

class AnswerFocusTest {

    @Test
    void questions_for_counts_and_times_are_told_apart_from_topic_searches() {
        assertThat(AnswerFocus.of("長野県にはいくつ市町村があるか")).isEqualTo(AnswerFocus.QUANTITY);
        assertThat(AnswerFocus.of("焼津市のアンケートに答えた会社の数")).isEqualTo(AnswerFocus.QUANTITY);
        assertThat(AnswerFocus.of("何団体が出席した")).isEqualTo(AnswerFocus.QUANTITY);
        assertThat(AnswerFocus.of("設立総会はいつ")).isEqualTo(AnswerFocus.TIME);
        assertThat(AnswerFocus.of("何年から意見交換をしてきたか")).isEqualTo(AnswerFocus.TIME);
        assertThat(AnswerFocus.of("空き家を活用したい")).isEqualTo(AnswerFocus.NONE);
        assertThat(AnswerFocus.of("")).isEqualTo(AnswerFocus.NONE);
    }

    @Test
    void figures_and_dates_answer_their_questions() {
        assertThat(AnswerFocus.QUANTITY.answeredBy("100社に送付し、8社から回答を得た")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("三十件の相談")).isTrue();
        assertThat(AnswerFocus.QUANTITY.answeredBy("関係者と意見を交わした")).isFalse();
        assertThat(AnswerFocus.TIME.answeredBy("令和5年3月8日に設立総会を開いた")).isTrue();
        assertThat(AnswerFocus.TIME.answeredBy("設立総会を開いた")).isFalse();
        assertThat(AnswerFocus.NONE.answeredBy("何でも")).isTrue();
    }

    private static Passage passage(String anchor, String text) {
        return new Passage(anchor, anchor, new Snippet(List.of(new Snippet.Part(text, false))), 1f);
    }

    @Test
    void the_passage_holding_the_asked_figure_leads_and_words_the_article_names_do_not_count() {
        ArticleInfo nagano = new ArticleInfo("nagano", "長野県：建設事務所を主体とした体制整備", "長野県", "case",
                List.of("長野市"), List.of(), List.of());
        List<Passage> passages = new ArrayList<>(List.of(
                passage("policy", "長野県は長野県の市町村を長野県として支援する。"),
                passage("hearing", "先行する12市町にヒアリングを行った。")));
        Map<String, Double> words = Map.of("長野県", 3.0, "ヒアリング", 2.0);
        Passages.rank(passages, Passages.Words.of(words).except(Passages.context(nagano)), AnswerFocus.QUANTITY,
                QuestionEcho.NONE);
        assertThat(passages).extracting(Passage::anchor).containsExactly("hearing", "policy");
    }
}
