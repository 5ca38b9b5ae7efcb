package jp.banso.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks a username from one IP address for {@link TokenLimits#LOGIN_LOCK_MINUTES} minutes after
 * {@link TokenLimits#LOGIN_FAILURES_BEFORE_LOCK} wrong passwords in a row. Per username+IP, so an attacker
 * cannot lock a colleague out from elsewhere; in memory, as the app runs as one process.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username, String ip) {
        Failures f = failures.get(key(username, ip));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String key = key(event.getAuthentication().getName(), ip(event.getAuthentication().getDetails()));
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // memory bound under a spray of usernames; locks restart, throttling continues
        }
        failures.compute(key, (k, f) -> {
            Instant now = clock.instant();
            int count = (f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil())) ? 0 : f.count()) + 1;
            Instant until = count >= TokenLimits.LOGIN_FAILURES_BEFORE_LOCK
                    ? now.plus(Duration.ofMinutes(TokenLimits.LOGIN_LOCK_MINUTES)) : null;
            if (until != null) {
                log.warn("Login locked for {} minutes after {} failures: {}", TokenLimits.LOGIN_LOCK_MINUTES, count, k);
            }
            return new Failures(count, until);
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName(), ip(event.getAuthentication().getDetails())));
    }

    private static String ip(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : "?";
    }

    private static String key(String username, String ip) {
        return Usernames.canonical(username) + "|" + ip;
    }
}
