package jp.banso.curation.ui;

import jp.banso.library.ArticleStatus;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import jp.banso.curation.ArticleEditingService;
import jp.banso.library.ArticleSummary;
import jp.banso.curation.CurationException;
import jp.banso.curation.CurationItem;
import jp.banso.curation.CurationLimits;
import jp.banso.curation.ShippedUpdate;
import jp.banso.security.AppRoles;

/** The advisers' desk: every article and its state, articles to re-verify, shipped updates to decide on. */
@Route("curation")
@Menu(title = "nav.curation", order = 50, icon = "vaadin:edit")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class CurationView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(jp.banso.base.AppZone.zone());

    final Grid<CurationItem> articles = new Grid<>();
    final Grid<ArticleSummary> stale = new Grid<>();
    final Div shipped = new Div();
    final Button create = new Button();
    final Button importButton = new Button();
    final Button reviewQueue = new Button();
    private final transient ArticleEditingService editing;

    public CurationView(ArticleEditingService editing) {
        this.editing = editing;
        addClassName("curation-view");
        create.setText(getTranslation("curation.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate("curation/edit"));
        importButton.setText(getTranslation("curation.import"));
        importButton.addClickListener(e -> UI.getCurrent().navigate("curation/import"));
        reviewQueue.addClickListener(e -> UI.getCurrent().navigate("curation/review"));

        // titles wrap instead of ending in "…" after three characters on a phone
        articles.addColumn(i -> i.article().title()).setHeader(getTranslation("curation.col.title"))
                .setWidth("10em").setFlexGrow(1);
        articles.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        articles.addColumn(i -> getTranslation("state." + i.state().name())).setHeader(getTranslation("curation.col.state"))
                .setAutoWidth(true);
        articles.addColumn(i -> i.headNumber() == 0 ? "" : String.valueOf(i.headNumber()))
                .setHeader(getTranslation("curation.col.version")).setAutoWidth(true);
        articles.addColumn(i -> i.lastEditor() == null ? "" : i.lastEditor()).setHeader(getTranslation("curation.col.editor"))
                .setAutoWidth(true);
        articles.addColumn(i -> i.lastSavedAt() == null ? "" : DATE.format(i.lastSavedAt()))
                .setHeader(getTranslation("curation.col.saved")).setAutoWidth(true);
        articles.addComponentColumn(this::archiveButton).setKey("archive").setAutoWidth(true);
        articles.addItemClickListener(e -> UI.getCurrent().navigate("curation/edit/" + e.getItem().article().slug()));
        articles.setAllRowsVisible(true);

        stale.addColumn(ArticleSummary::title).setHeader(getTranslation("curation.col.title")).setWidth("7em").setFlexGrow(1);
        stale.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        stale.addColumn(a -> a.verifiedAt() == null ? getTranslation("curation.verified.never") : DATE.format(a.verifiedAt()))
                .setHeader(getTranslation("curation.col.verified")).setWidth("6.5em").setFlexGrow(0);
        stale.addComponentColumn(a -> {
            Button b = new Button(getTranslation("curation.confirm"), e -> {
                editing.confirmStillAccurate(a.slug());
                refresh();
            });
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return b;
        }).setAutoWidth(true);
        stale.setAllRowsVisible(true);

        add(new H1(getTranslation("curation.title")), new HorizontalLayout(create, importButton, reviewQueue),
                new H2(getTranslation("curation.stale", CurationLimits.VERIFY_AFTER_MONTHS)), stale,
                new H2(getTranslation("curation.shipped")), shipped,
                new H2(getTranslation("curation.all")), articles);
        refresh();
    }

    /** Published articles can be withdrawn from the library (archived); a confirmation guards the click. */
    private com.vaadin.flow.component.Component archiveButton(CurationItem item) {
        if (item.article().status() != jp.banso.library.ArticleStatus.PUBLISHED) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button b = new Button(getTranslation("curation.archive"));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("data-slug", item.article().slug());
        b.addClickListener(e -> {
            com.vaadin.flow.component.dialog.Dialog confirm = new com.vaadin.flow.component.dialog.Dialog();
            confirm.setHeaderTitle(getTranslation("curation.archive.title"));
            confirm.add(new Paragraph(getTranslation("curation.archive.text", item.article().title())));
            Button yes = new Button(getTranslation("curation.archive.confirm"), x -> {
                editing.archive(item.article().slug());
                confirm.close();
                refresh();
            });
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            archiveConfirm = yes;
            confirm.getFooter().add(new Button(getTranslation("action.cancel"), x -> confirm.close()), yes);
            confirm.open();
        });
        return b;
    }

    /** The confirm button of the open archive dialog, for tests. */
    Button archiveConfirm;

    void refresh() {
        var items = editing.items();
        articles.setItems(items);
        reviewQueue.setText(getTranslation("curation.reviewQueue",
                items.stream().filter(i -> i.state() == jp.banso.library.ArticleStatus.IN_REVIEW).count()));
        stale.setItems(editing.notVerifiedRecently());
        shipped.removeAll();
        var updates = editing.shippedUpdates();
        if (updates.isEmpty()) {
            shipped.add(new Paragraph(getTranslation("curation.shipped.none")));
        }
        for (ShippedUpdate u : updates) {
            Div box = new Div();
            box.addClassName("shipped-update");
            DiffPanel diff = new DiffPanel();
            diff.show(u.diff(), false);
            Button accept = new Button(getTranslation("curation.shipped.accept"), e -> {
                try {
                    editing.acceptShippedUpdate(u.slug());
                    refresh();
                } catch (CurationException ex) {
                    CurationNotice.error(ex);
                }
            });
            Button dismiss = new Button(getTranslation("curation.shipped.dismiss"), e -> {
                editing.dismissShippedUpdate(u.slug());
                refresh();
            });
            box.add(new H3(u.slug()), new Span(getTranslation("curation.shipped.detected", DATE.format(u.detectedAt()))),
                    diff, new HorizontalLayout(accept, dismiss));
            shipped.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.title") + " | " + getTranslation("app.name");
    }
}
