package jp.banso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenarios and playbooks are searched with the library: their own kinds, facets, and each step a passage. */
class ContentKindsSearchTest extends IntegrationTest {

    @Autowired
    SearchService search;
    @Autowired
    jp.banso.formation.PlaybookService playbooks;

    private static List<String> passages(SearchHit h) {
        return Stream.concat(Stream.of(h.best()), h.more().stream()).map(p -> h.slug() + "#" + p.anchor()).toList();
    }

    @Test
    void words_of_a_scenario_find_the_scenario_as_a_scenario() {
        SearchResult r = search.search(SearchRequest.of("通い慣れた作業所から遠くへ移りたくない"));
        SearchHit top = r.hits().get(0);
        assertThat(top.slug()).isEqualTo("scenario-disability-consultation");
        assertThat(top.kind()).isEqualTo("scenario");
        assertThat(top.best().anchor()).isEqualTo("vignette");
    }

    @Test
    void scenarios_and_playbooks_are_facets_and_filters_of_their_own() {
        SearchResult all = search.search(SearchRequest.of("グループワーク"));
        assertThat(all.facets().kinds()).extracting(Facets.Count::value).contains("scenario", "playbook", "case");
        SearchResult onlyPlaybooks = search.search(new SearchRequest("グループワーク", null, "playbook", null, null, 0, 20));
        assertThat(onlyPlaybooks.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo("playbook"));
    }

    @Test
    void a_new_municipality_asking_what_to_prepare_for_the_founding_assembly_finds_a_playbook_step_and_the_case_behind_it() {
        List<SearchHit> top = search.search(SearchRequest.of("設立総会までに何を準備する？")).hits().stream().limit(5).toList();
        SearchHit step = top.stream().filter(h -> h.kind().equals("playbook") && h.best().anchor().startsWith("step-"))
                .findFirst().orElseThrow(() -> new AssertionError("no playbook step in the top 5: " + top));
        // the hit shows the case passages behind the step (SearchView renders them under the snippet)
        assertThat(playbooks.evidence(step.slug(), step.best().anchor()))
                .extracting(jp.banso.formation.EvidenceLink::path).contains("/library/hiroshima-hatsukaichi#activities-4");
    }

    @Test
    void a_question_about_the_way_to_a_council_finds_a_playbook_while_case_facts_still_find_the_case_first() {
        assertThat(search.search(SearchRequest.of("協議会を設立するまでにどんな手順を踏めばよいか")).hits().stream().limit(3))
                .anySatisfy(h -> assertThat(h.kind()).isEqualTo("playbook"));
        // playbooks repeat case facts; the case (the source) comes first
        assertThat(search.search(SearchRequest.of("焼津市のアンケートの回答数")).hits().get(0).slug()).isEqualTo("yaizu");
        assertThat(search.search(SearchRequest.of("廿日市市の設立総会に出席した団体")).hits().get(0).slug())
                .isEqualTo("hiroshima-hatsukaichi");
    }
}
