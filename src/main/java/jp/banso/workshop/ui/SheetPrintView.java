package jp.banso.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import jp.banso.workshop.ParticipantHome;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.SheetRow;

/**
 * The issue sheet for paper: filled with the participant's rows, or blank ({@code ?blank}) for people who
 * write by hand. The theme's print styles hide everything but the sheet.
 */
@Route(value = "sheet/print", autoLayout = false)
@AnonymousAllowed
public class SheetPrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int BLANK_ROWS = 8;

    final NativeTableBody body = new NativeTableBody();
    final H1 title = new H1();
    final Paragraph who = new Paragraph();

    private final transient ParticipantService participants;

    public SheetPrintView(ParticipantService participants) {
        this.participants = participants;
        addClassName("print-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean blank = event.getLocation().getQueryParameters().getParameters().containsKey("blank");
        ParticipantHome home = ParticipantCookie.token().flatMap(participants::home).orElse(null);
        removeAll();
        body.removeAll();
        title.setText(getTranslation("workshop.sheet.heading") + (home == null ? "" : "：" + home.session().title()));
        who.setText(home == null || blank ? getTranslation("workshop.print.nameLine")
                : getTranslation("workshop.print.who", Labels.name(this, home.me()),
                getTranslation("workshop.affiliation." + home.me().affiliation().name()), home.me().organisation()));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow hr = new NativeTableRow();
        hr.add(new NativeTableHeaderCell(getTranslation("workshop.sheet.item")),
                new NativeTableHeaderCell(getTranslation("workshop.sheet.content")),
                new NativeTableHeaderCell(getTranslation("workshop.sheet.improvement")));
        head.add(hr);
        List<SheetRow> rows = home == null || blank ? List.of() : home.rows();
        for (SheetRow r : rows) {
            body.add(row(r.item(), r.content(), r.improvement()));
        }
        for (int i = rows.size(); i < (blank || rows.isEmpty() ? BLANK_ROWS : 0); i++) {
            body.add(row("", "", ""));
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("print-table");
        Button print = new Button(getTranslation("workshop.print.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        add(new Div(print), title, who, table);
    }

    private static NativeTableRow row(String item, String content, String improvement) {
        NativeTableRow tr = new NativeTableRow();
        // text nodes, never HTML: what participants typed is shown as typed
        tr.add(new NativeTableCell(item), new NativeTableCell(content), new NativeTableCell(improvement));
        return tr;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.print.title") + " | " + getTranslation("app.name");
    }
}
