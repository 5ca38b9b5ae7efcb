package jp.banso.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.banso.IntegrationTest;
import jp.banso.library.ArticlePublished;
import jp.banso.library.ArticleWithdrawn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

class SearchServiceTest extends IntegrationTest {

    @Autowired
    SearchService search;
    @Autowired
    ApplicationEventPublisher events;

    private SearchResult find(String q) {
        return search.search(SearchRequest.of(q));
    }

    @Test
    void hits_are_articles_with_the_best_passage_first_and_a_link_to_its_section() {
        SearchResult r = find("岡崎市の相談件数は？");
        assertThat(r.total()).isPositive();
        SearchHit top = r.hits().get(0);
        assertThat(top.slug()).isEqualTo("okazaki");
        assertThat(top.url()).startsWith("/library/okazaki#").isEqualTo("/library/okazaki#" + top.best().anchor());
        assertThat(top.best().snippet().parts()).anyMatch(Snippet.Part::marked);
        assertThat(r.hits()).extracting(SearchHit::slug).doesNotHaveDuplicates();
        assertThat(top.more()).allSatisfy(p -> assertThat(p.score()).isLessThanOrEqualTo(top.best().score()));
    }

    /**
     * Searches run on the shared search threads (fewer than the callers): 16 callers at once get exactly
     * what one caller alone gets (same articles, passages and snippets), and bad input still gets its
     * clear error.
     */
    @Test
    void many_callers_at_once_get_the_same_answers_as_one_alone() throws Exception {
        java.util.List<String> queries = java.util.List.of("岡崎市の相談件数は？", "ＳＮ住宅", "居住支援協議会の設立", "大家さんの不安",
                "意見交換会", "ほげふがぴよ");
        java.util.Map<String, java.util.List<String>> alone = new java.util.HashMap<>();
        for (String q : queries) {
            alone.put(q, find(q).hits().stream().map(h -> h.slug() + "#" + h.best().anchor() + ":" + h.best().snippet().html()).toList());
        }
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16 * 12; i++) {
                String q = queries.get(i % queries.size());
                answers.add(callers.submit(() -> alone.get(q).equals(find(q).hits().stream()
                        .map(h -> h.slug() + "#" + h.best().anchor() + ":" + h.best().snippet().html()).toList())));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(alone.get("岡崎市の相談件数は？")).isNotEmpty();
        assertThatThrownBy(() -> search.search(new SearchRequest("居住支援", null, null, null, null, 0, 0)))
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void full_width_half_width_and_synonyms_reach_the_same_passage() {
        assertThat(find("ＳＮ住宅").hits()).extracting(SearchHit::slug).contains("iwaki");
        assertThat(find("ｾｰﾌﾃｨﾈｯﾄ住宅").hits()).extracting(SearchHit::slug).contains("iwaki");
        // the いわき text says 煩雑, the question says 大変
        SearchHit iwaki = find("SN住宅の手続きが大変").hits().get(0);
        assertThat(iwaki.slug()).isEqualTo("iwaki");
        assertThat(iwaki.best().snippet().text()).contains("煩雑");
    }

    @Test
    void filters_narrow_the_results_and_facets_count_articles() {
        SearchResult all = find("意見交換会");
        assertThat(all.facets().prefectures()).hasSizeGreaterThan(1);
        Facets.Count first = all.facets().prefectures().get(0);
        SearchResult narrowed = search.search(new SearchRequest("意見交換会", first.value(), null, null, null, 0, 10));
        assertThat(narrowed.total()).isEqualTo(first.count());
        assertThat(narrowed.hits()).allSatisfy(h -> assertThat(h.prefecture()).isEqualTo(first.value()));
        int sum = all.facets().kinds().stream().mapToInt(Facets.Count::count).sum();
        assertThat(sum).isEqualTo(all.total());
    }

    @Test
    void paging_returns_the_next_articles_without_repeats() {
        SearchResult p1 = search.search(new SearchRequest("居住支援", null, null, null, null, 0, 3));
        SearchResult p2 = search.search(new SearchRequest("居住支援", null, null, null, null, 3, 3));
        assertThat(p1.total()).isGreaterThan(3).isEqualTo(p2.total());
        assertThat(p2.hits()).extracting(SearchHit::slug).doesNotContainAnyElementsOf(
                p1.hits().stream().map(SearchHit::slug).toList());
    }

    @Test
    void a_withdrawn_article_leaves_the_results_and_comes_back_when_published_within_a_second() {
        String q = "住まいサポートおかざき";
        assertThat(find(q).hits()).extracting(SearchHit::slug).contains("okazaki");
        try {
            long t0 = System.nanoTime();
            events.publishEvent(new ArticleWithdrawn("okazaki"));
            assertThat(find(q).hits()).extracting(SearchHit::slug).doesNotContain("okazaki");
            events.publishEvent(new ArticlePublished("okazaki"));
            assertThat(find(q).hits()).extracting(SearchHit::slug).contains("okazaki");
            assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for both changes").isLessThan(1000);
        } finally {
            events.publishEvent(new ArticlePublished("okazaki"));
        }
    }

    @Test
    void nothing_matching_enough_gets_a_relaxed_search_and_suggestions() {
        SearchResult r = find("岡崎市 ぴよぴよ ふがふが もごもご ほげほげ");
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::slug).contains("okazaki");
        SearchResult none = find("zzqqxxyy");
        assertThat(none.total()).isZero();
        SearchResult typo = find("居住支援協議");
        assertThat(typo.total()).isPositive();
    }

    @Test
    void bad_requests_get_a_clear_error_not_a_crash() {
        assertThatThrownBy(() -> find("")).isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey()).isEqualTo("search.error.empty");
        assertThatThrownBy(() -> find("\u0000\u200b\u202e ")).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> find("あ".repeat(SearchLimits.MAX_QUERY_LENGTH + 1)))
                .isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> search.search(new SearchRequest("空き家", null, "poem", null, null, 0, 10)))
                .isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> search.search(new SearchRequest("空き家", null, null, null, null, 0, 0)))
                .isInstanceOf(InvalidSearchException.class);
        assertThat(find("title:(* AND((( \"\\ ~2 ^3").total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void suggestions_offer_titles_and_frequent_words() {
        assertThat(search.suggest("岡崎", 10)).anyMatch(s -> s.startsWith("岡崎市"));
        assertThat(search.suggest("居住", 10)).isNotEmpty();
        assertThat(search.suggest("", 10)).isEmpty();
    }

    @Test
    @WithMockUser(username = "adviser-syn-test", roles = "ADVISER")
    void an_advisers_synonym_applies_at_once_and_can_be_removed() {
        String word = "zqxbanso" + System.nanoTime() % 100000;
        assertThat(find(word).total()).isZero();
        SynonymGroup added = search.addSynonyms(word + "、住まいサポートおかざき");
        SynonymGroup g = added;
        try {
            assertThat(find(word).hits()).extracting(SearchHit::slug).contains("okazaki");
            SynonymGroup edited = search.updateSynonyms(added.id(), added.version(), word + ",住まいサポートおかざき,相談窓口");
            assertThat(edited.version()).isEqualTo(added.version() + 1);
            assertThatThrownBy(() -> search.updateSynonyms(added.id(), added.version(), word + ",xy"))
                    .isInstanceOf(InvalidSearchException.class);
            g = edited;
        } finally {
            search.deleteSynonyms(g.id(), g.version());
        }
        assertThat(find(word).total()).isZero();
        assertThatThrownBy(() -> search.addSynonyms("ひとつだけ")).isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void synonyms_and_rebuild_are_not_for_everyone() {
        assertThatThrownBy(() -> search.addSynonyms("あああ,いいい"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> search.rebuild((a, b) -> { }))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "admin-rebuild-test", roles = "ADMIN")
    void an_admin_rebuilds_the_index_with_progress() throws Exception {
        java.util.List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        int n = search.rebuild((done, total) -> seen.add(done)).get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(n).isGreaterThanOrEqualTo(8);
        assertThat(seen).hasSize(n).endsWith(n);
        assertThat(search.status().articles()).isEqualTo(n);
        assertThat(find("住まいサポートおかざき").hits()).extracting(SearchHit::slug).contains("okazaki");
    }
}
