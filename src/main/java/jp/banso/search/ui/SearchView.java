package jp.banso.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.banso.formation.EvidenceLink;
import jp.banso.formation.PlaybookService;
import jp.banso.search.Facets;
import jp.banso.search.InvalidSearchException;
import jp.banso.search.Passage;
import jp.banso.search.SearchHit;
import jp.banso.search.SearchLimits;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchResult;
import jp.banso.search.SearchService;

/**
 * The search page. Everything that defines a result list (q, filters, page) lives in the URL, so a
 * search can be shared and the back button works; suggestions come while typing; Enter searches.
 */
@Route("search")
@Menu(title = "nav.search", order = 2, icon = "vaadin:search")
@AnonymousAllowed
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String[] FILTERS = {"prefecture", "kind", "theme", "target"};
    private static final Map<String, String> FACET_TITLES = Map.of("prefecture", "search.facet.prefecture",
            "kind", "search.facet.kind", "theme", "search.facet.theme", "target", "search.facet.targetGroup");

    final ComboBox<String> query = new ComboBox<>();
    final Button submit = new Button();
    final Span count = new Span();
    final Paragraph message = new Paragraph();
    final Div activeFilters = new Div();
    final Div facets = new Div();
    /** On a phone the facets are a panel this button opens (a disclosure); on wider screens it is hidden. */
    final Button filterToggle = new Button();
    final Div results = new Div();
    final Div help = new Div();
    final Button previous = new Button();
    final Button next = new Button();

    private final transient SearchService search;
    private final transient PlaybookService playbooks;
    private Map<String, String> params = new LinkedHashMap<>();
    private int offset;

    public SearchView(SearchService search, PlaybookService playbooks) {
        this.playbooks = playbooks;
        this.search = search;
        addClassName("search-view");

        query.setLabel(getTranslation("search.query.label"));
        query.setPlaceholder(getTranslation("search.query.placeholder"));
        query.setAllowCustomValue(true);
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.getElement().setAttribute("aria-label", getTranslation("search.query.label"));
        query.getElement().setProperty("maxlength", SearchLimits.MAX_QUERY_LENGTH);
        query.setItems(q -> search.suggest(q.getFilter().orElse(""), SearchLimits.MAX_SUGGESTIONS).stream()
                .skip(q.getOffset()).limit(q.getLimit()));
        query.addCustomValueSetListener(e -> submit(e.getDetail()));
        query.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                submit(e.getValue());
            }
        });
        submit.setText(getTranslation("search.submit"));
        submit.setIcon(VaadinIcon.SEARCH.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(query.getValue()));
        submit.addClickShortcut(Key.ENTER).listenOn(query);

        Div form = new Div(query, submit);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");

        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        message.addClassName("search-message");
        message.setVisible(false);
        activeFilters.addClassName("search-active-filters");
        facets.addClassName("search-facets");
        facets.setId("search-facets");
        facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
        filterToggle.addClassName("search-filter-toggle");
        filterToggle.setIcon(VaadinIcon.FILTER.create());
        filterToggle.getElement().setAttribute("aria-controls", facets.getId().orElseThrow());
        filterToggle.addClickListener(e -> showFacetPanel(!facets.getElement().hasAttribute("data-open")));
        results.addClassName("search-results");
        results.getElement().setAttribute("aria-label", getTranslation("search.results"));
        help.addClassName("search-help");
        help.setVisible(false);

        previous.setText(getTranslation("search.page.previous"));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.addClickListener(e -> go(Math.max(0, offset - SearchLimits.DEFAULT_PAGE_SIZE)));
        next.setText(getTranslation("search.page.next"));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> go(offset + SearchLimits.DEFAULT_PAGE_SIZE));
        Nav pager = new Nav(previous, next);
        pager.addClassName("search-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("search.page.nav"));

        Section side = new Section(filterToggle, facets);
        side.addClassName("search-side");
        Div body = new Div(side, new Section(count, message, activeFilters, results, help, pager));
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), new Paragraph(getTranslation("search.lead")), form, body);
    }

    private void submit(String q) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("q", q == null ? "" : q.strip());
        p.remove("offset");
        navigate(p);
    }

    private void go(int newOffset) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (newOffset > 0) {
            p.put("offset", String.valueOf(newOffset));
        } else {
            p.remove("offset");
        }
        navigate(p);
    }

    private void navigate(Map<String, String> p) {
        p.values().removeIf(v -> v == null || v.isEmpty());
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(p)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> qp = event.getLocation().getQueryParameters().getParameters();
        Function<String, String> first = k -> qp.containsKey(k) && !qp.get(k).isEmpty() ? qp.get(k).get(0) : null;
        params = new LinkedHashMap<>();
        params.put("q", first.apply("q"));
        for (String f : FILTERS) {
            params.put(f, first.apply(f));
        }
        params.values().removeIf(v -> v == null || v.isBlank());
        offset = parseOffset(first.apply("offset"));
        if (offset > 0) {
            params.put("offset", String.valueOf(offset));
        }
        String q = params.getOrDefault("q", "");
        query.setValue(q.isEmpty() ? null : q);
        refresh(q);
    }

    private static int parseOffset(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(SearchLimits.MAX_OFFSET, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void refresh(String q) {
        results.removeAll();
        facets.removeAll();
        activeFilters.removeAll();
        help.removeAll();
        help.setVisible(false);
        message.setVisible(false);
        count.setText("");
        previous.setVisible(false);
        next.setVisible(false);
        filterToggle.setVisible(false);
        showFacetPanel(false);
        if (q.isBlank()) {
            return;
        }
        SearchResult r;
        try {
            r = search.search(new SearchRequest(q, params.get("prefecture"), params.get("kind"), params.get("theme"),
                    params.get("target"), offset, SearchLimits.DEFAULT_PAGE_SIZE));
        } catch (jp.banso.base.UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
            message.setVisible(true);
            return;
        }
        showActiveFilters();
        count.setText(r.total() == 0 ? getTranslation("search.none", q)
                : getTranslation("search.count", r.total()) + "　" + getTranslation("search.range",
                        r.offset() + 1, Math.min(r.total(), r.offset() + r.hits().size()), r.total()));
        if (r.relaxed() && r.total() > 0) {
            message.setText(getTranslation("search.relaxed"));
            message.setVisible(true);
        }
        r.hits().forEach(h -> results.add(hit(h)));
        showFacets(r.facets());
        long active = params.keySet().stream().filter(List.of(FILTERS)::contains).count();
        filterToggle.setText(active == 0 ? getTranslation("search.facets")
                : getTranslation("search.facets.active", active));
        filterToggle.setVisible(facets.getChildren().count() > 1 || active > 0);
        if (r.total() == 0 || !r.didYouMean().isEmpty()) {
            showHelp(r);
        }
        previous.setVisible(r.offset() > 0);
        next.setVisible(r.offset() + r.hits().size() < r.total()
                && r.offset() + SearchLimits.DEFAULT_PAGE_SIZE <= SearchLimits.MAX_OFFSET);
    }

    private Div hit(SearchHit h) {
        Div card = new Div();
        card.addClassName("search-hit");
        card.getElement().setAttribute("data-slug", h.slug());
        Anchor title = new Anchor(h.url(), h.title());
        title.addClassName("search-hit-title");
        H2 heading = new H2(title);
        String where = h.prefecture() + (h.municipalities().isEmpty() ? "" : "　" + String.join("・", h.municipalities()));
        Span meta = new Span(where + "　" + getTranslation("kind." + h.kind()));
        meta.addClassName("search-hit-meta");
        card.add(heading, meta, passage(h.slug(), h.best()));
        if ("playbook".equals(h.kind())) {
            card.add(evidence(playbooks.evidence(h.slug(), h.best().anchor())));
        }
        if (!h.more().isEmpty()) {
            Div more = new Div();
            h.more().forEach(p -> more.add(passage(h.slug(), p)));
            Details details = new Details(getTranslation("search.more", h.more().size()), more);
            details.addClassName("search-more");
            card.add(details);
        }
        return card;
    }

    /** A playbook step's hit shows the case passages behind it: the step and its proof, side by side. */
    private Div evidence(List<EvidenceLink> links) {
        Div d = new Div();
        d.addClassName("search-evidence");
        if (!links.isEmpty()) {
            d.add(new Span(getTranslation("playbook.search.evidence")));
            links.forEach(l -> {
                Anchor a = new Anchor(l.path(), l.title());
                a.addClassName("search-evidence-link");
                d.add(a);
            });
        }
        return d;
    }

    private Div passage(String slug, Passage p) {
        Anchor section = new Anchor("/library/" + slug + "?section=" + p.anchor() + "#" + p.anchor(),
                getTranslation("search.section", p.section()));
        section.addClassName("search-passage-link");
        Div d = new Div(new H3(section), SnippetText.of(p.snippet()));
        d.addClassName("search-passage");
        return d;
    }

    private void showFacetPanel(boolean open) {
        facets.getElement().setAttribute("data-open", open);
        if (!open) {
            facets.getElement().removeAttribute("data-open");
        }
        filterToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** Each filter in force as a chip that removes it; with two or more, one more removes them all. */
    private void showActiveFilters() {
        List<String> active = java.util.Arrays.stream(FILTERS).filter(params::containsKey).toList();
        for (String f : active) {
            String v = params.get(f);
            String label = getTranslation("search.filter.chip", getTranslation(FACET_TITLES.get(f)),
                    f.equals("kind") ? getTranslation("kind." + v) : v);
            activeFilters.add(chip(label, getTranslation("search.filter.remove", label), List.of(f)));
        }
        if (active.size() > 1) {
            String clear = getTranslation("search.filter.clear");
            activeFilters.add(chip(clear, clear, active));
        }
        activeFilters.setVisible(!active.isEmpty());
    }

    private Button chip(String label, String ariaLabel, List<String> removes) {
        Button chip = new Button(label, VaadinIcon.CLOSE_SMALL.create(), e -> {
            Map<String, String> p = new LinkedHashMap<>(params);
            removes.forEach(p::remove);
            p.remove("offset");
            navigate(p);
        });
        chip.addClassName("search-filter-chip");
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.getElement().setAttribute("aria-label", ariaLabel);
        return chip;
    }

    private void showFacets(Facets f) {
        facets.add(new H2(getTranslation("search.facets")));
        facetGroup("prefecture", f.prefectures(), v -> v);
        facetGroup("kind", f.kinds(), v -> getTranslation("kind." + v));
        facetGroup("theme", f.themes(), v -> v);
        facetGroup("target", f.targetGroups(), v -> v);
    }

    private void facetGroup(String param, List<Facets.Count> counts, Function<String, String> label) {
        if (counts.isEmpty()) {
            return;
        }
        Div group = new Div(new H3(getTranslation(FACET_TITLES.get(param))));
        group.addClassName("search-facet");
        group.getElement().setAttribute("data-facet", param);
        for (Facets.Count c : counts.stream().limit(12).toList()) {
            boolean active = c.value().equals(params.get(param));
            Button b = new Button(getTranslation("search.facet.option", label.apply(c.value()), c.count()));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("data-value", c.value());
            b.getElement().setAttribute("aria-pressed", String.valueOf(active));
            b.addClickListener(e -> {
                Map<String, String> p = new LinkedHashMap<>(params);
                if (active) {
                    p.remove(param);
                } else {
                    p.put(param, c.value());
                }
                p.remove("offset");
                navigate(p);
            });
            group.add(b);
        }
        facets.add(group);
    }

    private void showHelp(SearchResult r) {
        if (!r.didYouMean().isEmpty()) {
            Div dym = new Div(new Span(getTranslation("search.didYouMean")));
            dym.addClassName("search-did-you-mean");
            for (String s : r.didYouMean()) {
                dym.add(new Anchor("search?" + QueryParameters.simple(Map.of("q", s)).getQueryString(), s));
            }
            help.add(dym);
        }
        if (r.total() == 0) {
            help.add(new H2(getTranslation("search.help.title")), new Paragraph(getTranslation("search.help.shorter")));
            if (params.keySet().stream().anyMatch(k -> List.of(FILTERS).contains(k))) {
                help.add(new Paragraph(getTranslation("search.help.filters")));
            }
            help.add(new Paragraph(new Anchor("library", getTranslation("search.help.library"))));
        }
        help.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        String q = params.get("q");
        return (q == null ? "" : q + " - ") + getTranslation("search.title") + " | " + getTranslation("app.name");
    }
}
