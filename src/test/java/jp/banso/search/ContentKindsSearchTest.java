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
        List<String> found = top.stream().flatMap(h -> passages(h).stream()).toList();
        assertThat(top).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo("playbook");
            assertThat(passages(h)).anySatisfy(p -> assertThat(p).contains("#step-"));
        });
        assertThat(found).as("the case passage on 廿日市市's founding assembly").contains("hiroshima-hatsukaichi#activities-4");
    }
}
