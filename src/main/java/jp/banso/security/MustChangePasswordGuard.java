package jp.banso.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A user whose password someone else chose (the first admin, an admin's reset) is taken to the password page
 * before any other page. Asked of the database once per session until the answer is no.
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    static final String PASSWORD_ROUTE = "account/password";
    static final String CLEARED = MustChangePasswordGuard.class.getName() + ".cleared";
    private static final Set<String> ALWAYS_OPEN = Set.of(PASSWORD_ROUTE, "login", "accessibility");

    private final OwnAccountService accounts;

    MustChangePasswordGuard(OwnAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (CurrentUser.username().isEmpty() || ALWAYS_OPEN.contains(event.getLocation().getPath())
                || session == null || Boolean.TRUE.equals(session.getAttribute(CLEARED))) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(PASSWORD_ROUTE);
        } else {
            session.setAttribute(CLEARED, Boolean.TRUE);
        }
    }

    /** After a successful change the session needs no more asking. */
    static void markCleared() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CLEARED, Boolean.TRUE);
        }
    }
}
