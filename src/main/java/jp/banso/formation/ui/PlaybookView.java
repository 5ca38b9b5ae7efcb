package jp.banso.formation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.formation.EvidenceLink;
import jp.banso.formation.Playbook;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookStep;

/** One playbook: its steps in order, each with who takes part, materials, the scenario and the cases behind it. */
@Route("playbooks/:slug")
@AnonymousAllowed
public class PlaybookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final OrderedList steps = new OrderedList();
    private final transient PlaybookService playbooks;
    private String title = "";

    public PlaybookView(PlaybookService playbooks) {
        this.playbooks = playbooks;
        addClassNames("article-view", "playbook-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Playbook p = playbooks.findPublished(slug).orElse(null);
        if (p == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("playbook.notFound", slug));
            return;
        }
        render(p);
    }

    private void render(Playbook p) {
        removeAll();
        title = p.title();
        Anchor back = new Anchor("playbooks", "← " + getTranslation("playbook.back"));
        back.addClassName("back-link");
        Span count = new Span(getTranslation("playbook.steps", p.steps().size()));
        count.addClassNames("badge", "badge-kind-playbook");
        Div badges = new Div(count);
        badges.addClassName("badges");
        Paragraph summary = new Paragraph(p.summary());
        summary.addClassName("article-summary");
        // the context sections (about …) stay readable in the library
        Anchor about = new Anchor("library/" + p.slug() + "#about", getTranslation("playbook.about"));
        Div header = new Div(back, badges, new H1(p.title()), summary, new Paragraph(about));
        header.addClassName("article-header");

        steps.removeAll();
        steps.addClassName("playbook-steps");
        for (PlaybookStep s : p.steps()) {
            steps.add(step(p.slug(), s));
        }
        add(header, steps);
    }

    private ListItem step(String slug, PlaybookStep s) {
        H2 h = new H2(s.title());
        h.setId(s.anchor());
        h.addClassName("section-heading");
        Div what = new Div(new Html("<div>" + SafeMarkdown.toHtml(s.whatToDo()) + "</div>"));
        what.addClassName("markdown");
        DescriptionList dl = new DescriptionList();
        dl.addClassName("playbook-step-data");
        term(dl, "playbook.participants", chips(s.participants()));
        if (!s.materials().isEmpty()) term(dl, "playbook.materials", chips(s.materials()));
        if (s.duration() != null) term(dl, "playbook.duration", new Span(s.duration()));
        if (s.scenarioSlug() != null) {
            term(dl, "playbook.scenario", new Anchor("scenarios/" + s.scenarioSlug(), getTranslation("playbook.scenario.open")));
        }
        if (!s.agenda().isEmpty()) term(dl, "playbook.agenda", chips(s.agenda()));
        UnorderedList evidence = new UnorderedList();
        evidence.addClassName("playbook-evidence");
        for (EvidenceLink e : playbooks.evidence(slug, s.anchor())) {
            evidence.add(new ListItem(new Anchor(e.path(), e.title())));
        }
        term(dl, "playbook.evidence", evidence);
        ListItem li = new ListItem(h, what, dl);
        li.addClassName("playbook-step");
        li.getElement().setAttribute("data-anchor", s.anchor());
        return li;
    }

    private void term(DescriptionList dl, String key, Component value) {
        dl.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private static Component chips(List<String> values) {
        Div d = new Div();
        d.addClassName("chips");
        values.forEach(v -> {
            Span c = new Span(v);
            c.addClassName("chip");
            d.add(c);
        });
        return d;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
