package jp.banso.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import jp.banso.KaribuTest;
import org.junit.jupiter.api.Test;

class ScenarioViewsTest extends KaribuTest {

    @Test
    void the_list_shows_every_published_scenario_with_its_worksheet_and_minutes() {
        logout();
        UI.getCurrent().navigate("scenarios");
        ScenarioListView view = _get(ScenarioListView.class);
        var slugs = view.cards.getChildren().map(c -> c.getElement().getAttribute("data-slug")).toList();
        assertThat(slugs).contains("scenario-disability-consultation", "scenario-elderly-consultation",
                "scenario-elderly-woman-moving", "scenario-support-during-tenancy", "scenario-temporary-housing-vacant-houses");
        assertThat(view.cards.getElement().getOuterHTML()).contains("支援計画マトリクス").contains("課題シート").contains("60分");
    }

    @Test
    void a_scenario_page_shows_the_fiction_label_questions_roles_worksheet_timing_and_the_source_link() {
        logout();
        UI.getCurrent().navigate("scenarios/scenario-support-during-tenancy");
        ScenarioView view = _get(ScenarioView.class);
        assertThat(view.vignette.getElement().getOuterHTML()).contains("演習用の架空の事例");
        assertThat(view.questions.getChildren().count()).isEqualTo(4);
        assertThat(view.roles.getElement().getOuterHTML()).contains("居住支援法人").contains("大家（賃貸人）");
        assertThat(view.worksheet.getElement().getOuterHTML()).contains("支援計画マトリクス").contains("入居中");
        assertThat(view.timing.getElement().getOuterHTML()).contains("合計 60分");
        assertThat(view.source.getHref()).isEqualTo("/library/yamaguchi-yamaguchi-mine#yamaguchi-city-3");
    }

    @Test
    void a_case_is_not_shown_as_a_scenario() {
        UI.getCurrent().navigate("scenarios/okazaki");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(ScenarioView.class);
    }
}
