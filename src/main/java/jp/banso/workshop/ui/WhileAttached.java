package jp.banso.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import jp.banso.workshop.WorkshopBroadcaster;

/**
 * A live view's place on the broadcaster while a browser shows it: taken when the view attaches, given up when
 * it detaches, so a closed tab leaves nothing registered.
 */
final class WhileAttached implements Serializable {

    private transient WorkshopBroadcaster.Registration registration;

    private WhileAttached() {
    }

    /** On every attach, registers with what {@code listen} returns for the view's UI (null: nothing to hear). */
    static void listen(Component view, SerializableFunction<UI, WorkshopBroadcaster.Registration> listen) {
        WhileAttached holder = new WhileAttached();
        view.addAttachListener(e -> {
            holder.remove();
            holder.registration = listen.apply(e.getUI());
        });
        view.addDetachListener(e -> holder.remove());
    }

    private void remove() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
