package jp.banso.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.library.Article;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleSection;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleSummary;

/** One article: header, table of contents with section anchors, metadata panel, sections, related articles. */
@Route("library/:slug")
@AnonymousAllowed
public class ArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(jp.banso.base.AppZone.zone());

    final Nav toc = new Nav();
    final Div body = new Div();
    final Aside metadata = new Aside();
    final Div related = new Div();
    private final transient ArticleService articles;
    private String title = "";

    public ArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("article-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Article article = articles.findPublished(slug).orElse(null);
        if (article == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("article.notFound", slug));
            return;
        }
        render(article);
        // a search passage link names its section as ?section= too: the server knows it on the first,
        // client-side navigation, when the browser's #fragment is not yet usable
        event.getLocation().getQueryParameters().getSingleParameter("section")
                .filter(a -> a.matches("[a-z0-9-]{1,100}"))
                .ifPresent(this::markSection);
    }

    private void markSection(String anchor) {
        getElement().executeJs("""
                const id = $0;
                const show = () => { const e = document.getElementById(id);
                  if (!e) { return false; }
                  e.classList.add('search-target');
                  e.scrollIntoView({block: 'start'});
                  return true; };
                if (!show()) { requestAnimationFrame(() => setTimeout(show, 0)); }""", anchor);
    }

    private void render(Article article) {
        removeAll();
        ArticleMetadata m = article.meta();
        title = m.title();

        Anchor back = new Anchor("library", "← " + getTranslation("article.back"));
        back.addClassName("back-link");
        Div badges = new Div(ArticleCard.badge(getTranslation(m.kind().messageKey()), "kind-" + m.kind().name().toLowerCase()),
                ArticleCard.badge(m.prefecture(), "prefecture"));
        badges.addClassName("badges");
        H1 h1 = new H1(m.title());
        Paragraph summary = new Paragraph(m.summary());
        summary.addClassName("article-summary");
        Div header = new Div(back, badges, h1, summary);
        header.addClassName("article-header");
        if (m.kind() == ArticleKind.SCENARIO || m.kind() == ArticleKind.PLAYBOOK) {
            // the same text, laid out for use: questions and roles, or numbered steps with their evidence
            boolean scenario = m.kind() == ArticleKind.SCENARIO;
            Anchor use = new Anchor((scenario ? "scenarios/" : "playbooks/") + m.slug(),
                    getTranslation(scenario ? "scenario.fromArticle" : "playbook.fromArticle") + " →");
            use.addClassName("use-link");
            header.add(new Paragraph(use));
        }

        buildToc(article);
        buildBody(article);
        buildMetadata(article);
        buildRelated(m.slug());

        Div side = new Div(toc, metadata);
        side.addClassName("article-side");
        Div layout = new Div(body, side);
        layout.addClassName("article-layout");
        add(header, layout, related);
        // content arrives after the browser looked for the #fragment: scroll to it once rendered
        getElement().executeJs("""
                const h = window.location.hash;
                if (h && h.length > 1) { setTimeout(() => { const e = document.getElementById(decodeURIComponent(h.substring(1)));
                  if (e) { e.scrollIntoView(); } }, 0); }""");
    }

    private void buildToc(Article article) {
        toc.removeAll();
        toc.addClassName("toc");
        toc.getElement().setAttribute("aria-label", getTranslation("article.toc"));
        Span heading = new Span(getTranslation("article.toc"));
        heading.addClassName("side-heading");
        UnorderedList list = new UnorderedList();
        for (ArticleSection s : article.sections()) {
            Anchor link = new Anchor("library/" + article.slug() + "#" + s.anchor(), s.title());
            link.getElement().setAttribute("router-ignore", true);
            ListItem li = new ListItem(link);
            li.addClassName("toc-level-" + s.level());
            list.add(li);
        }
        toc.add(heading, list);
    }

    private void buildBody(Article article) {
        body.removeAll();
        body.addClassName("article-body");
        Section current = null;
        for (ArticleSection s : article.sections()) {
            Component heading = s.level() == 2 ? new H2(s.title()) : new H3(s.title());
            heading.setId(s.anchor());
            heading.addClassName("section-heading");
            if (s.level() == 2 || current == null) {
                current = new Section();
                current.addClassName("article-section");
                body.add(current);
            }
            current.add(heading);
            if (!s.body().isBlank()) {
                current.add(new Html("<div class=\"markdown\">" + SafeMarkdown.toHtml(s.body()) + "</div>"));
            }
        }
    }

    private void buildMetadata(Article article) {
        metadata.removeAll();
        metadata.addClassName("metadata-panel");
        ArticleMetadata m = article.meta();
        ArticleSummary s = article.summary();
        Span heading = new Span(getTranslation("article.metadata"));
        heading.addClassName("side-heading");
        DescriptionList dl = new DescriptionList();
        term(dl, "article.kind", new Span(getTranslation(m.kind().messageKey())));
        term(dl, "article.prefecture", new Span(m.prefecture()));
        if (!m.municipalities().isEmpty()) term(dl, "article.municipalities", chips(m.municipalities()));
        if (m.fiscalYear() != null) {
            term(dl, "article.fiscalYear", new Span(getTranslation("article.fiscalYear.value", m.fiscalYear(),
                    ArticleCard.reiwa(this, m.fiscalYear()))));
        }
        if (!m.themes().isEmpty()) term(dl, "article.themes", chips(m.themes()));
        if (!m.targetGroups().isEmpty()) term(dl, "article.targetGroups", chips(m.targetGroups()));
        if (!m.supportTeam().isEmpty()) {
            UnorderedList team = new UnorderedList();
            m.supportTeam().forEach(t -> team.add(new ListItem(t)));
            term(dl, "article.supportTeam", team);
        }
        if (s.verifiedAt() != null) term(dl, "article.verifiedAt", new Span(DATE.format(s.verifiedAt())));
        metadata.add(heading, dl);
    }

    private void buildRelated(String slug) {
        related.removeAll();
        related.addClassName("related");
        List<ArticleSummary> list = articles.related(slug, 3);
        if (list.isEmpty()) {
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-list");
        list.forEach(a -> cards.add(new ArticleCard(a)));
        related.add(new H2(getTranslation("article.related")), cards);
    }

    private void term(DescriptionList dl, String key, Component value) {
        dl.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private static Component chips(List<String> values) {
        Div d = new Div();
        d.addClassName("chips");
        values.forEach(v -> d.add(ArticleCard.chip(v)));
        return d;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
