package jp.banso.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.banso.workshop.GroupCell;
import jp.banso.workshop.Worksheet;
import jp.banso.workshop.board.WorksheetModel;

/**
 * A group worksheet rendered from its {@link WorksheetModel}: editable cells on a member's phone, plain text on
 * the facilitator's tiles. One card per row (fits 390 px), the free notes below.
 */
final class WorksheetPanel extends Div {

    /** The cell (a {@link CellEditor}'s element) that a focus event happened in. */
    private static final String CELL_OF_EVENT = "event.target.closest('[data-cell]')";

    final WorksheetModel model;
    final Map<String, CellEditor> editors = new LinkedHashMap<>();
    final Map<String, Paragraph> texts = new LinkedHashMap<>();
    final Div rows = new Div();
    final Div notes = new Div();
    private final transient CellEditor.Saver saver;

    /** @param saver null for a read-only panel */
    WorksheetPanel(WorksheetModel model, CellEditor.Saver saver) {
        this.model = model;
        this.saver = saver;
        addClassNames("worksheet", "ws-" + model.worksheet().contentName(), saver == null ? "ws-readonly" : "ws-editable");
        rows.addClassName("ws-rows");
        notes.addClassName("ws-notes");
        add(rows, notes);
        for (int r = 0; r < model.rowCount(); r++) {
            addRow(r);
        }
        notes.add(cell(model.cell(Worksheet.NOTES_ROW, Worksheet.NOTES)));
        if (saver != null) {
            // one pair of listeners for the whole sheet, not two per cell: the event says which cell it was
            getElement().addEventListener("focusin", e -> focus(e, true)).addEventDataElement(CELL_OF_EVENT);
            getElement().addEventListener("focusout", e -> focus(e, false)).addEventDataElement(CELL_OF_EVENT);
        }
        model.observe(change -> {
            if (change instanceof WorksheetModel.Change.RowsChanged rc) {
                for (int r = rows.getComponentCount(); r < rc.rowCount(); r++) {
                    addRow(r);
                }
            } else if (change instanceof WorksheetModel.Change.CellChanged cc) {
                show(cc.cell());
            }
        });
    }

    private void addRow(int r) {
        Div card = new Div();
        card.addClassName("ws-row");
        card.getElement().setAttribute("data-row", String.valueOf(r));
        if (model.worksheet() == Worksheet.ISSUE_SHEET) {
            card.add(new Span(getTranslation("groupwork.sheet.rowNo", r + 1)));
        }
        for (String col : model.worksheet().columns()) {
            card.add(cell(model.cell(r, col)));
        }
        rows.add(card);
    }

    private com.vaadin.flow.component.Component cell(GroupCell c) {
        String label = getTranslation("groupwork.col." + c.col());
        if (saver != null) {
            CellEditor ed = new CellEditor(c, label, saver);
            editors.put(c.key(), ed);
            return ed;
        }
        Div d = new Div();
        d.addClassName("ws-cell");
        d.getElement().setAttribute("data-cell", c.key());
        Span l = new Span(label);
        l.addClassName("ws-label");
        Paragraph p = new Paragraph(c.text());
        p.addClassName("ws-text");
        texts.put(c.key(), p);
        d.add(l, p);
        return d;
    }

    private void focus(com.vaadin.flow.dom.DomEvent e, boolean in) {
        e.getEventDataElement(CELL_OF_EVENT).flatMap(com.vaadin.flow.dom.Element::getComponent)
                .filter(CellEditor.class::isInstance).ifPresent(c -> ((CellEditor) c).focusChanged(in));
    }

    private void show(GroupCell c) {
        CellEditor ed = editors.get(c.key());
        if (ed != null) {
            ed.showStored(c);
        }
        Paragraph p = texts.get(c.key());
        if (p != null) {
            p.setText(c.text());
        }
    }

    void setEditable(boolean editable) {
        editors.values().forEach(e -> e.setEditable(editable));
    }
}
