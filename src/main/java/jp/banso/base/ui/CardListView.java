package jp.banso.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that lists published content as cards (badges, linked title, summary) under a heading and a lead, as
 * the library does: the scenario and playbook lists. Subclasses add their cards with {@link #addCard}.
 */
public abstract class CardListView extends Main implements HasDynamicTitle {

    /** The cards, one a published item (tests read them). */
    public final Div cards = new Div();
    private final String titleKey;

    protected CardListView(String viewClass, String titleKey, String leadKey) {
        this.titleKey = titleKey;
        addClassNames("library-view", viewClass);
        Paragraph lead = new Paragraph(getTranslation(leadKey));
        lead.addClassName("lead");
        cards.addClassName("card-list");
        add(new H1(getTranslation(titleKey)), lead, cards);
    }

    protected void addCard(String slug, String href, String title, String summary, Span... badges) {
        Div card = new Div();
        card.addClassName("article-card");
        card.getElement().setAttribute("data-slug", slug);
        Div badgeRow = new Div(badges);
        badgeRow.addClassName("badges");
        H3 heading = new H3(new Anchor(href, title));
        heading.addClassName("article-card-title");
        Paragraph text = new Paragraph(summary);
        text.addClassName("article-card-summary");
        card.add(badgeRow, heading, text);
        cards.add(card);
    }

    /** A badge of the card list's styles: {@code variant} picks its colour (kind-scenario, year…). */
    public static Span badge(String text, String variant) {
        Span b = new Span(text);
        b.addClassNames("badge", "badge-" + variant);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
