package jp.banso.library.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.library.ArticleService;

/** What Banso is, the ways in, and the newest articles of the library. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Main implements HasDynamicTitle {

    final Div newest = new Div();

    public HomeView(ArticleService articles) {
        addClassName("home-view");
        Section hero = new Section();
        hero.addClassName("hero");
        Span eyebrow = new Span(getTranslation("home.eyebrow"));
        eyebrow.addClassName("eyebrow");
        hero.add(eyebrow, new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));

        Div entries = new Div(
                entry(VaadinIcon.BOOK, "home.entry.library", "home.entry.library.text", "library"),
                entry(VaadinIcon.SEARCH, "home.entry.search", "home.entry.search.text", "search"),
                entry(VaadinIcon.GROUP, "home.entry.workshop", "home.entry.workshop.text", "join"));
        entries.addClassName("entry-grid");

        Section latest = new Section(new H2(getTranslation("home.newest")));
        latest.addClassName("home-newest");
        newest.addClassName("card-list");
        articles.newestPublished(6).forEach(a -> newest.add(new ArticleCard(a)));
        Anchor all = new Anchor("library", getTranslation("home.allArticles"));
        all.addClassName("more-link");
        latest.add(newest, all);

        Section about = new Section(new H2(getTranslation("home.about.title")),
                new Paragraph(getTranslation("home.about.text")));
        about.addClassName("home-about");
        add(hero, entries, latest, about);
    }

    private Anchor entry(VaadinIcon icon, String titleKey, String textKey, String href) {
        Anchor a = new Anchor(href);
        a.addClassName("entry-card");
        var i = icon.create();
        i.addClassName("entry-icon");
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("entry-title");
        Span text = new Span(getTranslation(textKey));
        text.addClassName("entry-text");
        a.add(i, title, text);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " | " + getTranslation("app.tagline");
    }
}
