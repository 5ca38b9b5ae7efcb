package jp.banso.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import jp.banso.search.InvalidSearchException;
import jp.banso.search.SearchLimits;
import jp.banso.search.SearchService;
import jp.banso.search.SynonymGroup;
import jp.banso.security.AppRoles;

/** Advisers extend the search's synonym dictionary; a change applies to the next search, no restart. */
@Route("search/synonyms")
@Menu(title = "nav.search.synonyms", order = 80, icon = "vaadin:book-dollar")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class SynonymsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(jp.banso.base.AppZone.zone());

    final TextField words = new TextField();
    final Button add = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    final Grid<SynonymGroup> grid = new Grid<>();
    private final transient SearchService search;
    private SynonymGroup editing;

    public SynonymsView(SearchService search) {
        this.search = search;
        addClassName("synonyms-view");
        words.setLabel(getTranslation("search.synonyms.words"));
        words.setPlaceholder(getTranslation("search.synonyms.placeholder"));
        words.setMaxLength(SearchLimits.MAX_SYNONYM_GROUP_LENGTH);
        words.setWidthFull();
        add.setText(getTranslation("search.synonyms.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> act(() -> search.addSynonyms(words.getValue()), "search.synonyms.added"));
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(words);
        save.setText(getTranslation("search.synonyms.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> search.updateSynonyms(editing.id(), editing.version(), words.getValue()),
                "search.synonyms.saved"));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> edit(null));

        grid.addColumn(g -> String.join("、", g.words())).setHeader(getTranslation("search.synonyms.words")).setFlexGrow(3);
        grid.addColumn(SynonymGroup::createdBy).setHeader(getTranslation("search.synonyms.by"));
        grid.addColumn(g -> TIME.format(g.updatedAt())).setHeader(getTranslation("search.synonyms.updated"));
        grid.addComponentColumn(g -> {
            Button editButton = new Button(getTranslation("search.synonyms.edit"), e -> edit(g));
            editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("search.synonyms.delete"),
                    e -> act(() -> {
                        search.deleteSynonyms(g.id(), g.version());
                        return null;
                    }, "search.synonyms.deleted"));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new Div(editButton, delete);
        });
        grid.setAllRowsVisible(true);

        Div form = new Div(words, add, save, cancel);
        form.addClassName("synonyms-form");
        add(new H1(getTranslation("search.synonyms.title")),
                new Paragraph(getTranslation("search.synonyms.lead", search.synonymGroupCount())), form, grid);
        edit(null);
        reload();
    }

    private void edit(SynonymGroup g) {
        editing = g;
        words.setValue(g == null ? "" : String.join(", ", g.words()));
        words.setInvalid(false);
        add.setVisible(g == null);
        save.setVisible(g != null);
        cancel.setVisible(g != null);
    }

    private void act(java.util.function.Supplier<Object> action, String doneKey) {
        try {
            action.get();
            Notification.show(getTranslation(doneKey));
            edit(null);
        } catch (InvalidSearchException e) {
            // the typed words stay in the field: nothing is lost
            words.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            words.setInvalid(true);
        }
        reload();
    }

    private void reload() {
        grid.setItems(search.synonymGroups());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.synonyms.title") + " | " + getTranslation("app.name");
    }
}
