package jp.banso.security;

import jp.banso.base.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Password logins, successful and failed, in the audit log (tokens authenticate every API call: not logged). */
@Component
class LoginAudit {

    private final ApplicationEventPublisher events;

    LoginAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            String who = e.getAuthentication().getName();
            events.publishEvent(new AuditEvent(who, "LOGIN_SUCCEEDED", "USER", who, ""));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent e) {
        String typed = Usernames.canonical(String.valueOf(e.getAuthentication().getName()));
        String reason = e.getException() instanceof LockedException ? "locked"
                : e.getException() instanceof DisabledException ? "disabled"
                : e.getException() instanceof BadCredentialsException ? "bad-credentials" : "other";
        events.publishEvent(new AuditEvent(typed, "LOGIN_FAILED", "USER", typed, "reason=" + reason));
    }
}
