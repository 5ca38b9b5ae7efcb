package jp.banso.scenario.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.scenario.ScenarioService;
import jp.banso.scenario.ScenarioSummary;

/** The published group-work scenarios, for facilitators choosing one. */
@Route("scenarios")
@Menu(title = "nav.scenarios", order = 3, icon = "vaadin:group")
@AnonymousAllowed
public class ScenarioListView extends Main implements HasDynamicTitle {

    final Div cards = new Div();

    public ScenarioListView(ScenarioService scenarios) {
        addClassNames("library-view", "scenario-list-view");
        Paragraph lead = new Paragraph(getTranslation("scenario.list.lead"));
        lead.addClassName("lead");
        cards.addClassName("card-list");
        for (ScenarioSummary s : scenarios.listPublished()) {
            cards.add(card(s));
        }
        add(new H1(getTranslation("scenario.list.title")), lead, cards);
    }

    private Div card(ScenarioSummary s) {
        Div card = new Div();
        card.addClassName("article-card");
        card.getElement().setAttribute("data-slug", s.slug());
        Div badges = new Div(badge(getTranslation("worksheet." + s.worksheet()), "kind-scenario"),
                badge(getTranslation("scenario.minutes", s.minutes()), "year"));
        badges.addClassName("badges");
        H3 title = new H3(new Anchor("scenarios/" + s.slug(), s.title()));
        title.addClassName("article-card-title");
        Paragraph summary = new Paragraph(s.summary());
        summary.addClassName("article-card-summary");
        card.add(badges, title, summary);
        return card;
    }

    static Span badge(String text, String variant) {
        Span b = new Span(text);
        b.addClassNames("badge", "badge-" + variant);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.list.title") + " | Banso 伴走";
    }
}
