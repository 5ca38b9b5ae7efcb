package jp.banso.library.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.banso.library.ArticleFacets;
import jp.banso.library.ArticleFilter;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleSort;
import jp.banso.library.ArticleSummary;

/** The published library with filters and sorting; the filters live in the URL so a list can be shared. */
@Route("library")
@Menu(title = "nav.library", order = 1, icon = "vaadin:book")
@AnonymousAllowed
public class LibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<String> prefecture = new Select<>();
    final Select<ArticleKind> kind = new Select<>();
    final Select<String> theme = new Select<>();
    final Select<String> targetGroup = new Select<>();
    final Select<ArticleSort> sort = new Select<>();
    final Button clear = new Button();
    final Div results = new Div();
    final Span count = new Span();

    private final transient ArticleService articles;
    private boolean updatingFromUrl;

    public LibraryView(ArticleService articles) {
        this.articles = articles;
        addClassName("library-view");
        ArticleFacets facets = articles.facets();

        configure(prefecture, "library.filter.prefecture", facets.prefectures());
        configure(theme, "library.filter.theme", facets.themes());
        configure(targetGroup, "library.filter.targetGroup", facets.targetGroups());
        kind.setLabel(getTranslation("library.filter.kind"));
        kind.setItems(facets.kinds());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("library.filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("library.filter.any") : getTranslation(k.messageKey()));
        sort.setLabel(getTranslation("library.sort"));
        sort.setItems(ArticleSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("library.sort." + s.name().toLowerCase(Locale.ROOT)));
        sort.setValue(ArticleSort.NEWEST);
        clear.setText(getTranslation("library.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            updatingFromUrl = true;
            prefecture.clear();
            kind.clear();
            theme.clear();
            targetGroup.clear();
            updatingFromUrl = false;
            applyFilters();
        });
        List.of(prefecture, theme, targetGroup).forEach(s -> s.addValueChangeListener(e -> applyFilters()));
        kind.addValueChangeListener(e -> applyFilters());
        sort.addValueChangeListener(e -> applyFilters());

        Div filters = new Div(prefecture, kind, theme, targetGroup, sort, clear);
        filters.addClassName("filter-bar");
        filters.getElement().setAttribute("role", "search");
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        results.addClassName("card-list");
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.lead")), filters, count,
                results);
    }

    private void configure(Select<String> select, String labelKey, List<String> values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("library.filter.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("library.filter.any") : v);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        updatingFromUrl = true;
        setIfKnown(prefecture, first(q, "prefecture"));
        setIfKnown(theme, first(q, "theme"));
        setIfKnown(targetGroup, first(q, "target"));
        first(q, "kind").flatMap(LibraryView::parseKind).ifPresentOrElse(kind::setValue, kind::clear);
        first(q, "sort").flatMap(LibraryView::parseSort).ifPresentOrElse(sort::setValue, () -> sort.setValue(ArticleSort.NEWEST));
        updatingFromUrl = false;
        refresh();
    }

    private void applyFilters() {
        if (updatingFromUrl) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (prefecture.getValue() != null) params.put("prefecture", prefecture.getValue());
        if (kind.getValue() != null) params.put("kind", kind.getValue().name().toLowerCase(Locale.ROOT));
        if (theme.getValue() != null) params.put("theme", theme.getValue());
        if (targetGroup.getValue() != null) params.put("target", targetGroup.getValue());
        if (sort.getValue() != null && sort.getValue() != ArticleSort.NEWEST) {
            params.put("sort", sort.getValue().name().toLowerCase(Locale.ROOT));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("library", QueryParameters.simple(params))));
        refresh();
    }

    private void refresh() {
        List<ArticleSummary> list = articles.listPublished(
                new ArticleFilter(prefecture.getValue(), kind.getValue(), theme.getValue(), targetGroup.getValue()),
                sort.getValue());
        results.removeAll();
        list.forEach(a -> results.add(new ArticleCard(a)));
        count.setText(getTranslation("library.count", list.size()));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("library.empty"));
            none.addClassName("empty-state");
            results.add(none);
        }
    }

    private static void setIfKnown(Select<String> select, Optional<String> value) {
        boolean known = value.isPresent() && select.getListDataView().getItems().anyMatch(value.get()::equals);
        if (known) {
            select.setValue(value.get());
        } else {
            select.clear();
        }
    }

    private static Optional<String> first(Map<String, List<String>> q, String key) {
        return Optional.ofNullable(q.get(key)).filter(l -> !l.isEmpty()).map(l -> l.get(0));
    }

    private static Optional<ArticleKind> parseKind(String s) {
        try {
            return Optional.of(ArticleKind.parse(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ArticleSort> parseSort(String s) {
        try {
            return Optional.of(ArticleSort.valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " | " + getTranslation("app.name");
    }
}
