package jp.banso.scenario.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.base.ui.CardListView;
import jp.banso.scenario.Scenario;
import jp.banso.scenario.ScenarioService;

/** One scenario as a facilitator hands it out: the fictional situation, questions, roles, worksheet, timing, source. */
@Route("scenarios/:slug")
@AnonymousAllowed
public class ScenarioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div vignette = new Div();
    final OrderedList questions = new OrderedList();
    final Div roles = new Div();
    final Div worksheet = new Div();
    final UnorderedList timing = new UnorderedList();
    final Anchor source = new Anchor();
    private final transient ScenarioService scenarios;
    private String title = "";

    public ScenarioView(ScenarioService scenarios) {
        this.scenarios = scenarios;
        addClassNames("article-view", "scenario-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Scenario s = scenarios.findPublished(slug).orElse(null);
        if (s == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("scenario.notFound", slug));
            return;
        }
        render(s);
    }

    private void render(Scenario s) {
        removeAll();
        title = s.title();
        Anchor back = new Anchor("scenarios", "← " + getTranslation("scenario.back"));
        back.addClassName("back-link");
        Div badges = new Div(CardListView.badge(getTranslation("kind.scenario"), "kind-scenario"),
                CardListView.badge(getTranslation("scenario.minutes", s.minutes()), "year"));
        badges.addClassName("badges");
        Paragraph summary = new Paragraph(s.summary());
        summary.addClassName("article-summary");
        Div header = new Div(back, badges, new H1(s.title()), summary);
        header.addClassName("article-header");

        vignette.removeAll();
        vignette.addClassNames("markdown", "scenario-vignette");
        vignette.add(new Html("<div>" + SafeMarkdown.toHtml(s.vignette()) + "</div>"));

        questions.removeAll();
        s.questions().forEach(q -> questions.add(new ListItem(q)));

        roles.removeAll();
        roles.addClassName("chips");
        s.roles().forEach(r -> {
            Span chip = new Span(r);
            chip.addClassName("chip");
            roles.add(chip);
        });

        worksheet.removeAll();
        worksheet.add(new Paragraph(getTranslation("worksheet." + s.worksheet()) + "：" + getTranslation("worksheet." + s.worksheet() + ".help")));

        timing.removeAll();
        s.timing().forEach(t -> timing.add(new ListItem(t)));
        timing.add(new ListItem(getTranslation("scenario.total", s.minutes())));

        source.setHref(s.source());
        source.setText(s.sourceTitle());
        Div body = new Div(
                section("scenario.vignette", vignette),
                section("scenario.questions", questions),
                section("scenario.roles", roles),
                section("scenario.worksheet", worksheet),
                section("scenario.timing", timing),
                section("scenario.source", new Paragraph(source)));
        body.addClassName("article-body");
        add(header, body);
    }

    private Section section(String key, com.vaadin.flow.component.Component content) {
        H2 h = new H2(getTranslation(key));
        h.addClassName("section-heading");
        Section sec = new Section(h, content);
        sec.addClassName("article-section");
        return sec;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
