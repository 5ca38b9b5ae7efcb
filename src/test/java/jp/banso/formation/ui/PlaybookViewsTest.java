package jp.banso.formation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import jp.banso.KaribuTest;
import org.junit.jupiter.api.Test;

class PlaybookViewsTest extends KaribuTest {

    @Test
    void the_list_shows_a_playbook_per_case_and_the_general_one() {
        logout();
        UI.getCurrent().navigate("playbooks");
        PlaybookListView view = _get(PlaybookListView.class);
        var slugs = view.cards.getChildren().map(c -> c.getElement().getAttribute("data-slug")).toList();
        assertThat(slugs).contains("playbook-nagano-construction-offices", "playbook-hatsukaichi-founding",
                "playbook-yamaguchi-existing-structures", "playbook-iwaki-liaison-meeting", "playbook-yaizu-needs",
                "playbook-okazaki-staffing", "playbook-path-to-council");
    }

    @Test
    void a_playbook_page_shows_each_step_with_participants_scenario_and_the_case_passages_behind_it() {
        logout();
        UI.getCurrent().navigate("playbooks/playbook-path-to-council");
        PlaybookView view = _get(PlaybookView.class);
        assertThat(view.steps.getChildren().count()).isEqualTo(8);
        var seventh = view.steps.getChildren().skip(6).findFirst().orElseThrow();
        String html = seventh.getElement().getOuterHTML();
        assertThat(html).contains("設立総会を開く").contains("参加者").contains("居住支援法人")
                .contains("href=\"/library/hiroshima-hatsukaichi#activities-4\"");
        String fifth = view.steps.getChildren().skip(4).findFirst().orElseThrow().getElement().getOuterHTML();
        assertThat(fifth).contains("href=\"scenarios/scenario-disability-consultation\"");
    }

    @Test
    void a_case_is_not_shown_as_a_playbook() {
        UI.getCurrent().navigate("playbooks/okazaki");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(PlaybookView.class);
    }
}
