package jp.banso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last catch for an exception no view handled: logged in full with a short id, and the person sees a
 * Japanese (or English) notification with that id, never a stack trace (Vaadin's default shows one in
 * development mode and nothing in production).
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    /** A connection that could not be had or broke: the pool timed out, the server is gone. */
    static boolean databaseDown(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof org.springframework.dao.TransientDataAccessResourceException
                    || c instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void error(ErrorEvent event) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} in the UI", id, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            // the database is down (the watchdog restarts it): say so, rather than "something went wrong"
            String key = databaseDown(event.getThrowable()) ? "security.error.database" : "security.error.unexpected";
            Notification n = Notification.show(ui.getTranslation(key, id), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
