package jp.banso.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.CurationException;
import jp.banso.curation.CurationItem;
import jp.banso.curation.CurationLimits;
import jp.banso.curation.EditConflictException;
import jp.banso.curation.EditableArticle;
import jp.banso.security.AppRoles;

/**
 * Articles waiting for review: the reviewer sees what changed against the published version (or the whole
 * text of a new article), writes a comment, and publishes or sends it back.
 */
@Route("curation/review")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class ReviewQueueView extends Main implements HasDynamicTitle {

    final Grid<CurationItem> queue = new Grid<>();
    final Div detail = new Div();
    final DiffPanel diff = new DiffPanel();
    final TextArea comment = new TextArea();
    final Button publish = new Button();
    final Button requestChanges = new Button();
    private final transient ArticleEditingService editing;
    private EditableArticle selected;

    public ReviewQueueView(ArticleEditingService editing) {
        this.editing = editing;
        addClassName("review-queue-view");
        queue.addColumn(i -> i.article().title()).setHeader(getTranslation("curation.col.title")).setFlexGrow(1);
        queue.addColumn(i -> i.lastEditor() == null ? "" : i.lastEditor()).setHeader(getTranslation("curation.col.editor"))
                .setAutoWidth(true);
        queue.addColumn(CurationItem::headNumber).setHeader(getTranslation("curation.col.version")).setAutoWidth(true);
        queue.setAllRowsVisible(true);
        queue.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        comment.setLabel(getTranslation("review.comment"));
        comment.setMaxLength(CurationLimits.REVIEW_COMMENT_MAX);
        comment.setWidthFull();
        publish.setText(getTranslation("review.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> decide(true));
        requestChanges.setText(getTranslation("review.requestChanges"));
        requestChanges.addClickListener(e -> decide(false));
        detail.add(new H2(getTranslation("review.changes")), diff, comment, new HorizontalLayout(requestChanges, publish));
        detail.setVisible(false);
        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.lead")), queue, detail);
        refresh();
    }

    void refresh() {
        queue.setItems(editing.reviewQueue());
        detail.setVisible(false);
        selected = null;
    }

    void select(CurationItem item) {
        if (item == null) {
            detail.setVisible(false);
            return;
        }
        selected = editing.open(item.article().slug());
        diff.show(editing.reviewDiff(selected.slug()), false);
        comment.clear();
        detail.setVisible(true);
    }

    private void decide(boolean approve) {
        if (selected == null) {
            return;
        }
        try {
            if (approve) {
                editing.publish(selected.slug(), selected.head().id(), comment.getValue());
                CurationNotice.show(getTranslation("review.published", selected.published().title()), false);
            } else {
                editing.requestChanges(selected.slug(), selected.head().id(), comment.getValue());
                CurationNotice.show(getTranslation("review.sentBack"), false);
            }
            refresh();
        } catch (EditConflictException e) {
            CurationNotice.show(getTranslation("conflict.lead", e.theirs().author(), e.theirs().number()), true);
            refresh();
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " | " + getTranslation("app.name");
    }
}
