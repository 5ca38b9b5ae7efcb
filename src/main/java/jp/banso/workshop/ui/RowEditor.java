package jp.banso.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.banso.workshop.RowText;
import jp.banso.workshop.SheetRow;
import jp.banso.workshop.WorkshopLimits;

/** One issue-sheet row: three fields that save ~0.8 s after typing pauses, a save state, order and delete. */
final class RowEditor extends Div {

    enum SaveState { SAVED, PENDING, SAVING, FAILED }

    /** Pause after the last keystroke before the text goes to the server. */
    static final int SAVE_AFTER_MS = 800;

    final TextField item = new TextField();
    final TextArea content = new TextArea();
    final TextArea improvement = new TextArea();
    final Span status = new Span();
    /** Shown by the browser alone while typing, until the server answers the save (no round trip per key). */
    final Span pending = new Span();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button delete = new Button(VaadinIcon.TRASH.create());
    /** Shown when another tab or device saved this row meanwhile: their text, and what to do. */
    final Div conflict = new Div();
    final Button keepMine = new Button();
    final Button takeTheirs = new Button();

    SheetRow row;
    SaveState state = SaveState.SAVED;

    RowEditor(SheetRow row) {
        this.row = row;
        addClassName("sheet-row");
        getElement().setAttribute("data-row-id", String.valueOf(row.id()));
        item.setLabel(getTranslation("workshop.sheet.item"));
        item.setMaxLength(WorkshopLimits.ITEM_MAX);
        content.setLabel(getTranslation("workshop.sheet.content"));
        content.setMaxLength(WorkshopLimits.CONTENT_MAX);
        improvement.setLabel(getTranslation("workshop.sheet.improvement"));
        improvement.setMaxLength(WorkshopLimits.IMPROVEMENT_MAX);
        content.setHelperText(getTranslation("workshop.sheet.max", WorkshopLimits.CONTENT_MAX));
        improvement.setHelperText(getTranslation("workshop.sheet.max", WorkshopLimits.IMPROVEMENT_MAX));
        item.setWidthFull();
        content.setWidthFull();
        improvement.setWidthFull();
        item.setValueChangeMode(ValueChangeMode.LAZY);
        content.setValueChangeMode(ValueChangeMode.LAZY);
        improvement.setValueChangeMode(ValueChangeMode.LAZY);
        item.setValueChangeTimeout(SAVE_AFTER_MS);
        content.setValueChangeTimeout(SAVE_AFTER_MS);
        improvement.setValueChangeTimeout(SAVE_AFTER_MS);
        status.addClassName("save-state");
        status.getElement().setAttribute("aria-live", "polite");
        pending.addClassName("save-pending");
        pending.setText(getTranslation("workshop.save.saving"));
        // typing shows "保存中…" at once in the browser; the server's answer to the save clears it
        for (var f : new com.vaadin.flow.component.Component[]{item, content, improvement}) {
            f.getElement().executeJs("this.addEventListener('input', () => { $0.dataset.typing = ''; $0._typedAt = Date.now(); })",
                    getElement());
        }
        up.setAriaLabel(getTranslation("workshop.sheet.up"));
        down.setAriaLabel(getTranslation("workshop.sheet.down"));
        delete.setAriaLabel(getTranslation("workshop.sheet.delete"));
        for (Button b : new Button[]{up, down, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keepMine.setText(getTranslation("workshop.conflict.keepMine"));
        takeTheirs.setText(getTranslation("workshop.conflict.takeTheirs"));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        takeTheirs.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.addClassName("row-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        Div tools = new Div(status, pending, up, down, delete);
        tools.addClassName("row-tools");
        add(item, content, improvement, conflict, tools);
        showText(text(row));
        setState(SaveState.SAVED, null);
    }

    static RowText text(SheetRow r) {
        return new RowText(r.item(), r.content(), r.improvement());
    }

    RowText typed() {
        return new RowText(item.getValue(), content.getValue(), improvement.getValue());
    }

    void showText(RowText t) {
        item.setValue(t.item());
        content.setValue(t.content());
        improvement.setValue(t.improvement());
    }

    void setState(SaveState s, String detail) {
        state = s;
        String key = switch (s) {
            case SAVED -> "workshop.save.saved";
            case PENDING, SAVING -> "workshop.save.saving";
            case FAILED -> "workshop.save.failed";
        };
        status.setText(detail == null ? getTranslation(key) : getTranslation(key) + " " + detail);
        status.getElement().setAttribute("data-state", s.name().toLowerCase());
        if (s == SaveState.SAVED) {
            // Settles on what the browser shows now, not on timing: when the fields still hold exactly the text
            // the server saved, no other save follows (typing then tapping 行を追加 at once used to leave the
            // row on 保存中… for good). If they differ, the pending lazy value change brings another save.
            RowText saved = typed();
            getElement().executeJs("if ($0.value === $3 && $1.value === $4 && $2.value === $5) { delete this.dataset.typing; }",
                    item.getElement(), content.getElement(), improvement.getElement(),
                    saved.item(), saved.content(), saved.improvement());
        } else if (s != SaveState.SAVING) {
            // keystrokes within the last 0.7 s mean another save follows (after the 0.8 s pause): stay "saving"
            getElement().executeJs("if (!this._typedAt || Date.now() - this._typedAt > 700) { delete this.dataset.typing; }");
        }
    }

    void setEditable(boolean editable) {
        item.setReadOnly(!editable);
        content.setReadOnly(!editable);
        improvement.setReadOnly(!editable);
        up.setVisible(editable);
        down.setVisible(editable);
        delete.setVisible(editable);
    }
}
