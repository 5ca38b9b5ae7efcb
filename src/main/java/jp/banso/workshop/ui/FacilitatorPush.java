package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Registers a facilitator's page for a session's events. Events arrive on the broadcaster's thread, which has no
 * login: a page that reloads from a service on an event runs that as the facilitator who opened it.
 */
final class FacilitatorPush {

    private FacilitatorPush() {
    }

    static WorkshopBroadcaster.Registration register(WorkshopBroadcaster broadcaster, long sessionId, UI ui,
                                                     Consumer<WorkshopEvent> handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return broadcaster.register(sessionId, true, e -> ui.access(() -> {
            var ctx = SecurityContextHolder.getContext();
            Authentication before = ctx.getAuthentication();
            ctx.setAuthentication(auth);
            try {
                handler.accept(e);
            } finally {
                ctx.setAuthentication(before);
            }
        }));
    }
}
