package jp.banso.workshop.ui;

import com.vaadin.flow.component.Component;
import jp.banso.workshop.Participant;
import jp.banso.workshop.WorkshopException;

/** Shared bits of wording. */
final class Labels {

    private Labels() {
    }

    static String message(Component c, WorkshopException e) {
        return c.getTranslation(e.messageKey(), e.args());
    }

    static String name(Component c, Participant p) {
        return p.displayName().isBlank() ? c.getTranslation("workshop.anonymous") : p.displayName();
    }

    static String name(Component c, String displayName) {
        return displayName == null || displayName.isBlank() ? c.getTranslation("workshop.anonymous") : displayName;
    }
}
