package jp.banso.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleSummary;

/** An article in a list: title linking to the article, badges, summary and themes. */
final class ArticleCard extends Div {

    ArticleCard(ArticleSummary article) {
        ArticleMetadata m = article.meta();
        addClassName("article-card");
        getElement().setAttribute("data-slug", m.slug());
        Div badges = new Div(badge(getTranslation(m.kind().messageKey()), "kind-" + m.kind().name().toLowerCase()),
                badge(m.prefecture(), "prefecture"));
        if (m.fiscalYear() != null) {
            badges.add(badge(getTranslation("article.fiscalYear.value", m.fiscalYear(), reiwa(this, m.fiscalYear())), "year"));
        }
        badges.addClassName("badges");
        Anchor title = new Anchor("library/" + m.slug(), m.title());
        H3 heading = new H3(title);
        heading.addClassName("article-card-title");
        Paragraph summary = new Paragraph(m.summary());
        summary.addClassName("article-card-summary");
        Div themes = new Div();
        themes.addClassName("chips");
        m.themes().stream().limit(6).forEach(t -> themes.add(chip(t)));
        add(badges, heading, summary, themes);
    }

    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassNames("badge", "badge-" + variant);
        return s;
    }

    static Component chip(String text) {
        Span s = new Span(text);
        s.addClassName("chip");
        return s;
    }

    /** 令和 year of a Western fiscal year (令和1 = 2019); 0 or less before 令和. */
    static String reiwa(Component c, int year) {
        int r = year - 2018;
        return r <= 0 ? "" : (r == 1 ? c.getTranslation("article.reiwa.first") : String.valueOf(r));
    }
}
