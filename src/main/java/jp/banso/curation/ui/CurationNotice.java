package jp.banso.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jp.banso.curation.CurationException;

/** Notifications of the curation views: the message comes from the exception's key, problems listed below it. */
final class CurationNotice {

    private CurationNotice() {
    }

    static void error(CurationException e) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(e.messageKey(), e.args());
        if (!e.details().isEmpty()) {
            text += "\n" + String.join("\n", e.details().stream().map(p -> CurationTexts.problem(ui, p, true)).toList());
        }
        show(text, true);
    }

    static void show(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
