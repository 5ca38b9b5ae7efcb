package jp.banso.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import jp.banso.KaribuTest;
import org.junit.jupiter.api.Test;

class SearchViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    jp.banso.library.ArticleService articles;

    private static SearchView open(String q, Map<String, String> more) {
        var params = new java.util.LinkedHashMap<String, String>(more);
        params.put("q", q);
        UI.getCurrent().navigate("search", QueryParameters.simple(params));
        return _get(SearchView.class);
    }

    private static List<String> slugs(SearchView view) {
        return view.results.getChildren().map(c -> c.getElement().getAttribute("data-slug")).toList();
    }

    @Test
    void the_query_in_the_url_shows_results_with_marked_snippets_linking_to_the_section() {
        SearchView view = open("県の建設事務所から市町村に働きかけたい", Map.of());
        assertThat(view.query.getValue()).isEqualTo("県の建設事務所から市町村に働きかけたい");
        assertThat(slugs(view)).first().isEqualTo("nagano");
        var first = view.results.getChildren().findFirst().orElseThrow();
        String html = first.getElement().getOuterHTML();
        assertThat(html).contains("<mark>").contains("href=\"/library/nagano#");
        assertThat(view.count.getText()).isNotEmpty();
    }

    @Test
    void a_playbook_step_in_the_results_shows_the_case_passages_behind_it() {
        SearchView view = open("設立総会までに何を準備する？", Map.of());
        var card = view.results.getChildren()
                .filter(c -> c.getElement().getAttribute("data-slug").startsWith("playbook-")).findFirst().orElseThrow();
        assertThat(card.getElement().getOuterHTML()).contains("search-evidence")
                .contains("href=\"/library/hiroshima-hatsukaichi#activities-4\"");
    }

    @Test
    void a_facet_click_narrows_the_results_and_puts_the_filter_in_the_url() {
        SearchView view = open("意見交換会", Map.of());
        int before = slugs(view).size();
        Button shizuoka = view.facets.getChildren()
                .filter(c -> "prefecture".equals(c.getElement().getAttribute("data-facet")))
                .flatMap(c -> c.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "静岡県".equals(b.getElement().getAttribute("data-value"))).findFirst().orElseThrow();
        shizuoka.click();
        SearchView narrowed = _get(SearchView.class);
        // other tests may publish articles of their own: every result is from 静岡県, 焼津 among them
        assertThat(slugs(narrowed)).contains("yaizu").hasSizeLessThan(before);
        assertThat(slugs(narrowed)).allMatch(slug -> articles.findPublished(slug).orElseThrow().meta().prefecture().equals("静岡県"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("prefecture", List.of("静岡県"));
        assertThat(narrowed.activeFilters.isVisible()).isTrue();
    }

    @Test
    void nothing_found_shows_help_and_typing_gives_suggestions() {
        SearchView view = open("zzqqxxyy", Map.of());
        assertThat(slugs(view)).isEmpty();
        assertThat(view.help.isVisible()).isTrue();
        assertThat(view.count.getText()).contains("zzqqxxyy");
        SearchView again = open("岡崎", Map.of());
        assertThat(again.query.getDataProvider()).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(again.query)).isEmpty();
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(again.query, "岡崎");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(again.query))
                .anyMatch(s -> s.startsWith("岡崎市"));
    }

    @Test
    void paging_moves_through_the_articles_and_bad_input_gets_a_message() {
        SearchView view = open("居住支援", Map.of());
        List<String> first = slugs(view);
        // the shipped articles, scenarios and playbooks give more than one page for 居住支援
        assertThat(first).hasSize(jp.banso.search.SearchLimits.DEFAULT_PAGE_SIZE);
        assertThat(view.next.isVisible()).isTrue();
        assertThat(view.previous.isVisible()).isFalse();
        view.next.click();
        SearchView second = _get(SearchView.class);
        assertThat(slugs(second)).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(second.previous.isVisible()).isTrue();
        second.previous.click();
        assertThat(slugs(_get(SearchView.class))).isEqualTo(first);
        SearchView tooLong = open("あ".repeat(500), Map.of());
        assertThat(tooLong.message.isVisible()).isTrue();
        assertThat(tooLong.message.getText()).contains("200");
    }

    @Test
    void every_naughty_string_gets_results_or_a_japanese_message_never_an_error_page() throws Exception {
        java.util.regex.Pattern japanese = java.util.regex.Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        List<String> strings = new java.util.ArrayList<>(jp.banso.search.NaughtyQueries.blns());
        strings.addAll(jp.banso.search.NaughtyQueries.issue14());
        List<String> bad = new java.util.ArrayList<>();
        for (String s : strings) {
            try {
                SearchView view = open(s, Map.of());
                String answer = view.count.getText() + (view.message.isVisible() ? view.message.getText() : "");
                // a blank query is no search: the empty page, as before any search
                boolean ok = s.isBlank() ? answer.isEmpty() : japanese.matcher(answer).find();
                if (!ok) {
                    bad.add(s + " → " + answer);
                }
            } catch (RuntimeException | AssertionError e) {
                bad.add(s + " → " + e);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void did_you_mean_only_when_few_results_and_only_with_words_the_index_has() {
        SearchView many = open("不動産事業者へのアンケートの回収率は？", Map.of());
        assertThat(slugs(many)).contains("yaizu").hasSizeGreaterThanOrEqualTo(3);
        assertThat(many.help.isVisible()).as("no もしかして with many results").isFalse();
        // misspelt or garbled questions: もしかして may come only with fewer than 3 articles, and what it offers must
        // itself find something (words and titles the index holds); at least one of these gets an offer
        int offers = 0;
        for (String q : List.of("居住支援協議回", "セーフティネット往宅", "設立総回", "意見交換解", "不動産事業者アンケートの回集率")) {
            SearchView v = open(q, Map.of());
            int found = slugs(v).size();
            List<String> offered = v.help.getChildren().filter(c -> c.hasClassName("search-did-you-mean"))
                    .flatMap(c -> c.getChildren()).filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                    .map(a -> ((com.vaadin.flow.component.html.Anchor) a).getText()).toList();
            assertThat(offered.isEmpty() || found < 3).as(q + ": もしかして beside " + found + " articles").isTrue();
            for (String o : offered) {
                assertThat(slugs(open(o, Map.of()))).as(q + ": もしかして " + o + " finds something").isNotEmpty();
            }
            offers += offered.size();
        }
        assertThat(offers).isPositive();
    }
}
