package jp.banso.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.banso.base.api.ApiErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A user's open sessions follow their account: when an admin disables them, takes a role away or resets their
 * password, every session they have is ended at once (on its next request: a view, a Vaadin round trip or an
 * API call). Sessions are tracked by Spring Security's {@link SessionRegistry}; the change is applied after
 * the account change commits, so a rolled-back change ends nothing.
 */
@Component
class AccountSessions implements SessionInformationExpiredStrategy {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    /** Published by {@link UserService} when an account may no longer do what its sessions were allowed. */
    record AccountRevoked(String username, String reason) {
    }

    /** In memory like the sessions themselves; entries leave when a session is destroyed (see below). */
    private final SessionRegistryImpl registry = new SessionRegistryImpl();

    SessionRegistry registry() {
        return registry;
    }

    /** Forwards the container's session events (HttpSessionEventPublisher) so ended sessions leave the registry. */
    @EventListener
    void onSessionEvent(AbstractSessionEvent event) {
        registry.onApplicationEvent(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRevoked(AccountRevoked event) {
        int ended = endSessionsOf(event.username());
        if (ended > 0) {
            log.info("Ended {} session(s) of {}: {}", ended, event.username(), event.reason());
        }
    }

    int endSessionsOf(String username) {
        String name = Usernames.canonical(username);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String principalName = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
            if (name.equals(principalName)) {
                List<SessionInformation> sessions = registry.getAllSessions(principal, false);
                sessions.forEach(SessionInformation::expireNow);
                ended += sessions.size();
            }
        }
        return ended;
    }

    /**
     * Called by {@code ConcurrentSessionFilter} after it has logged the ended session out. API calls get 401
     * (a script should not follow a redirect to a login page); everything else carries on as an anonymous
     * request, so a page goes to the login view and a Vaadin round trip learns its session is gone.
     */
    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ApiErrors.write(response, org.springframework.http.HttpStatus.UNAUTHORIZED,
                    ApiErrors.japanese("api.error.session"), "Session ended.");
            return;
        }
        try {
            event.getFilterChain().doFilter(request, response);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }
}
