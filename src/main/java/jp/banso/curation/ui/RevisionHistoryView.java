package jp.banso.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.ArticleRevision;
import jp.banso.curation.CurationException;
import jp.banso.curation.EditConflictException;
import jp.banso.security.AppRoles;

/** Every saved version of an article; any two compared section by section; an old one restored as a new draft. */
@Route("curation/history/:slug")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class RevisionHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<ArticleRevision> revisions = new Grid<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final DiffPanel diff = new DiffPanel();
    private final transient ArticleEditingService editing;
    private String slug;
    private List<ArticleRevision> list = List.of();

    public RevisionHistoryView(ArticleEditingService editing) {
        this.editing = editing;
        addClassName("revision-history-view");
        revisions.addColumn(ArticleRevision::number).setHeader(getTranslation("curation.col.version")).setAutoWidth(true);
        revisions.addColumn(ArticleRevision::author).setHeader(getTranslation("curation.col.editor")).setAutoWidth(true);
        revisions.addColumn(r -> CurationView.DATE.format(r.createdAt())).setHeader(getTranslation("curation.col.saved"))
                .setAutoWidth(true);
        revisions.addColumn(ArticleRevision::note).setHeader(getTranslation("history.note")).setFlexGrow(1);
        revisions.addComponentColumn(r -> new Button(getTranslation("history.restore"), e -> restore(r)))
                .setAutoWidth(true);
        revisions.setAllRowsVisible(true);
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        from.addValueChangeListener(e -> compare());
        to.addValueChangeListener(e -> compare());
        add(new H1(getTranslation("history.title")), revisions, new H2(getTranslation("history.compare")),
                new HorizontalLayout(from, to), diff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        try {
            load();
        } catch (CurationException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("curation.error.noArticle", slug));
        }
    }

    private void load() {
        list = editing.history(slug);
        revisions.setItems(list);
        List<Integer> numbers = list.stream().map(ArticleRevision::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() >= 2) {
            from.setValue(numbers.get(1));
        } else if (!numbers.isEmpty()) {
            from.setValue(numbers.get(0));
        }
        if (!numbers.isEmpty()) {
            to.setValue(numbers.get(0));
        }
    }

    void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        diff.show(editing.diff(slug, from.getValue(), to.getValue()), false);
    }

    void restore(ArticleRevision r) {
        try {
            ArticleRevision restored = editing.restore(slug, r.number(), list.get(0).id());
            CurationNotice.show(getTranslation("history.restored", r.number(), restored.number()), false);
            load();
        } catch (EditConflictException e) {
            CurationNotice.show(getTranslation("conflict.lead", e.theirs().author(), e.theirs().number()), true);
            load();
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + ": " + slug + " | " + getTranslation("app.name");
    }
}
