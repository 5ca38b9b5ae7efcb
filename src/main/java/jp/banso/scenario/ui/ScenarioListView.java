package jp.banso.scenario.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.base.ui.CardListView;
import jp.banso.scenario.ScenarioService;
import jp.banso.scenario.ScenarioSummary;

/** The published group-work scenarios, for facilitators choosing one. */
@Route("scenarios")
@Menu(title = "nav.scenarios", order = 3, icon = "vaadin:group")
@AnonymousAllowed
public class ScenarioListView extends CardListView {

    public ScenarioListView(ScenarioService scenarios) {
        super("scenario-list-view", "scenario.list.title", "scenario.list.lead");
        for (ScenarioSummary s : scenarios.listPublished()) {
            addCard(s.slug(), "scenarios/" + s.slug(), s.title(), s.summary(),
                    badge(getTranslation("worksheet." + s.worksheet()), "kind-scenario"),
                    badge(getTranslation("scenario.minutes", s.minutes()), "year"));
        }
    }
}
