package jp.banso.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.banso.base.UserFacingException;
import jp.banso.workshop.CellSave;
import jp.banso.workshop.GroupCell;
import jp.banso.workshop.Worksheet;

/**
 * One cell of a group worksheet that several members edit: saves ~0.8 s after typing pauses, shows
 * 保存中… until MariaDB stored it, then 保存しました. Someone else's saved text replaces the field only while
 * this member is not in it; otherwise the next save keeps both texts and says so.
 * A phone page holds a dozen of these for every member in the room, so each keeps little: the conflict box is
 * made only when a clash happens, and focus is heard once for the whole sheet ({@link WorksheetPanel}).
 */
final class CellEditor extends Div {

    interface Saver {
        CellSave save(int row, String col, int baseVersion, String text);
    }

    enum SaveState { SAVED, SAVING, FAILED }

    final TextArea field = new TextArea();
    final Span status = new Span();
    /** Shown when this member's save met someone else's: what they had written, and that both were kept (null before). */
    Div conflict;
    final int row;
    final String col;
    int baseVersion;
    String stored;
    boolean focused;
    boolean newerElsewhere;
    SaveState state = SaveState.SAVED;
    private final transient Saver saver;

    CellEditor(GroupCell cell, String label, Saver saver) {
        this.row = cell.row();
        this.col = cell.col();
        this.saver = saver;
        addClassName("ws-cell");
        getElement().setAttribute("data-cell", cell.key());
        field.setLabel(label);
        field.setMaxLength(Worksheet.maxLength(col));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(RowEditor.SAVE_AFTER_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        status.addClassName("save-state");
        status.getElement().setAttribute("aria-live", "polite");
        add(field, status);
        baseVersion = cell.version();
        stored = cell.text();
        field.setValue(cell.text());
        setState(SaveState.SAVED, null);
    }

    void save() {
        setState(SaveState.SAVING, null);
        String typed = field.getValue();
        try {
            CellSave r = saver.save(row, col, baseVersion, typed);
            baseVersion = r.cell().version();
            stored = r.cell().text();
            newerElsewhere = false;
            if (r.merged()) {
                field.setValue(r.cell().text());
                if (conflict == null) {
                    conflict = new Div();
                    conflict.addClassName("row-conflict");
                    conflict.getElement().setAttribute("role", "status");
                    addComponentAtIndex(1, conflict);
                }
                conflict.removeAll();
                conflict.add(new Paragraph(getTranslation("groupwork.conflict.kept")),
                        quote("groupwork.conflict.theirs", r.theirs()), quote("groupwork.conflict.yours", typed));
                conflict.setVisible(true);
            } else if (conflict != null) {
                conflict.setVisible(false);
            }
            setState(SaveState.SAVED, null);
        } catch (UserFacingException e) {
            setState(SaveState.FAILED, getTranslation(e.messageKey(), e.args()));
        } catch (RuntimeException e) {
            // database or network trouble: the text stays in the field, nothing claims to be saved
            setState(SaveState.FAILED, getTranslation("workshop.save.retry"));
        }
    }

    private Div quote(String key, String text) {
        Div d = new Div(new Span(getTranslation(key)), new Paragraph(text == null ? "" : text));
        d.addClassName("conflict-theirs");
        return d;
    }

    /** The member entered ({@code true}) or left this cell. */
    void focusChanged(boolean in) {
        focused = in;
        if (!in && newerElsewhere && field.getValue().equals(stored)) {
            newerElsewhere = false;
        }
    }

    /** Someone's stored version of this cell arrived by push. */
    void showStored(GroupCell c) {
        if (c.version() <= baseVersion) {
            return;
        }
        boolean untouched = field.getValue().equals(stored);
        if (!focused && untouched && state != SaveState.SAVING) {
            baseVersion = c.version();
            stored = c.text();
            field.setValue(c.text());
            newerElsewhere = false;
        } else {
            // the member is typing here: never overwrite; their next save keeps both texts
            newerElsewhere = true;
            status.getElement().setAttribute("data-newer", getTranslation("groupwork.cell.newer"));
        }
    }

    void setState(SaveState s, String detail) {
        state = s;
        String key = switch (s) {
            case SAVED -> "workshop.save.saved";
            case SAVING -> "workshop.save.saving";
            case FAILED -> "workshop.save.failed";
        };
        status.setText(detail == null ? getTranslation(key) : getTranslation(key) + " " + detail);
        status.getElement().setAttribute("data-state", s.name().toLowerCase());
        if (s == SaveState.SAVED) {
            status.getElement().removeAttribute("data-newer");
        }
    }

    void setEditable(boolean editable) {
        field.setReadOnly(!editable);
    }
}
