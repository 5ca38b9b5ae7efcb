package jp.banso.workshop.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;

/** How every facilitator page opens its session from the URL: another's session is denied, an unknown one not found. */
final class FacilitatorSession {

    private FacilitatorSession() {
    }

    /** The session, or null after rerouting the navigation to the access-denied or not-found page. */
    static WorkshopSession open(BeforeEvent event, WorkshopService workshops, Long id) {
        WorkshopSession session;
        try {
            session = id == null ? null : workshops.findSession(id).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // another facilitator's session: only its owner, co-facilitators and ADMIN may open it
            event.rerouteToError(AccessDeniedException.class);
            return null;
        }
        if (session == null) {
            event.rerouteToError(NotFoundException.class);
        }
        return session;
    }
}
