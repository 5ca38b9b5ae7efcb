package jp.banso.formation.ui;

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
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookSummary;

/** The published playbooks: the paths the cases took, as steps to follow. */
@Route("playbooks")
@Menu(title = "nav.playbooks", order = 4, icon = "vaadin:road")
@AnonymousAllowed
public class PlaybookListView extends Main implements HasDynamicTitle {

    final Div cards = new Div();

    public PlaybookListView(PlaybookService playbooks) {
        addClassNames("library-view", "playbook-list-view");
        Paragraph lead = new Paragraph(getTranslation("playbook.list.lead"));
        lead.addClassName("lead");
        cards.addClassName("card-list");
        for (PlaybookSummary p : playbooks.listPublished()) {
            Div card = new Div();
            card.addClassName("article-card");
            card.getElement().setAttribute("data-slug", p.slug());
            Span steps = new Span(getTranslation("playbook.steps", p.stepCount()));
            steps.addClassNames("badge", "badge-kind-playbook");
            Div badges = new Div(steps);
            badges.addClassName("badges");
            H3 title = new H3(new Anchor("playbooks/" + p.slug(), p.title()));
            title.addClassName("article-card-title");
            Paragraph summary = new Paragraph(p.summary());
            summary.addClassName("article-card-summary");
            card.add(badges, title, summary);
            cards.add(card);
        }
        add(new H1(getTranslation("playbook.list.title")), lead, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("playbook.list.title") + " | Banso 伴走";
    }
}
