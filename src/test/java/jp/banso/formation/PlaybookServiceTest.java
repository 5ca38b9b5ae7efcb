package jp.banso.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlaybookServiceTest extends IntegrationTest {

    @Autowired
    PlaybookService playbooks;

    @Test
    void a_shipped_playbook_has_its_steps_with_participants_materials_evidence_scenario_and_agenda() {
        Playbook p = playbooks.findPublished("playbook-hatsukaichi-founding").orElseThrow();
        assertThat(p.steps()).extracting(PlaybookStep::anchor).startsWith("step-1", "step-2", "step-3", "step-4");
        PlaybookStep third = p.steps().get(2);
        assertThat(third.title()).contains("グループワーク");
        assertThat(third.whatToDo()).contains("設立を宣言").doesNotContain("**参加者**");
        assertThat(third.participants()).contains("市の住宅部局", "居住支援法人", "不動産関係団体");
        assertThat(third.materials()).contains("支援計画マトリクス");
        assertThat(third.evidence()).containsExactly("/library/hiroshima-hatsukaichi#activities-3");
        assertThat(third.scenarioSlug()).isEqualTo("scenario-disability-consultation");
        assertThat(third.agenda()).contains("相談事例のグループワーク");
        // the seed gives no duration for these steps: none is made up
        assertThat(p.steps()).extracting(PlaybookStep::duration).containsOnlyNulls();
        assertThat(p.steps().get(0).scenarioSlug()).isNull();
        assertThat(p.steps().get(0).evidence()).hasSize(2);
    }

    @Test
    void the_list_gives_each_playbook_with_its_number_of_steps() {
        List<PlaybookSummary> list = playbooks.listPublished();
        assertThat(list).extracting(PlaybookSummary::slug).contains("playbook-hatsukaichi-founding").doesNotContain("okazaki");
        PlaybookSummary s = list.stream().filter(x -> x.slug().equals("playbook-hatsukaichi-founding")).findFirst().orElseThrow();
        assertThat(s.stepCount()).isEqualTo(playbooks.findPublished(s.slug()).orElseThrow().steps().size());
    }

    @Test
    void cases_scenarios_and_unknown_slugs_are_not_playbooks() {
        assertThat(playbooks.findPublished("okazaki")).isEmpty();
        assertThat(playbooks.findPublished("scenario-disability-consultation")).isEmpty();
        assertThat(playbooks.findPublished("no-such-playbook")).isEmpty();
        assertThat(playbooks.findPublished(null)).isEmpty();
    }
}
