package jp.banso.security;

import java.time.Clock;
import java.time.Duration;
import jp.banso.base.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords, counted with base.RateLimiter (Bucket4j, bounded memory) under the canonical username:
 * {@link TokenLimits#LOGIN_FAILURES_BEFORE_LOCK} per account and client address in
 * {@link TokenLimits#LOGIN_LOCK_MINUTES} minutes (so an attacker elsewhere cannot lock a colleague out), and
 * {@link TokenLimits#LOGIN_FAILURES_PER_ACCOUNT} per account from all addresses together (so guessing spread
 * over many addresses stops too). The address is the one Tomcat reports, which is the forwarded client only
 * behind a proxy listed in {@code banso.security.trusted-proxies}.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final long MAX_KEYS = 100_000;

    private final RateLimiter perAccountAndAddress;
    private final RateLimiter perAccount;

    LoginThrottle(Clock clock) {
        Duration period = Duration.ofMinutes(TokenLimits.LOGIN_LOCK_MINUTES);
        this.perAccountAndAddress = new RateLimiter(clock,
                new RateLimiter.Limit(TokenLimits.LOGIN_FAILURES_BEFORE_LOCK, period), MAX_KEYS);
        this.perAccount = new RateLimiter(clock,
                new RateLimiter.Limit(TokenLimits.LOGIN_FAILURES_PER_ACCOUNT, period), MAX_KEYS);
    }

    boolean isLocked(String username, String ip) {
        String account = Usernames.canonical(username);
        return perAccountAndAddress.isExhausted(account + "|" + ip) || perAccount.isExhausted(account);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String account = Usernames.canonical(event.getAuthentication().getName());
        String key = account + "|" + ip(event.getAuthentication().getDetails());
        perAccountAndAddress.consume(key);
        perAccount.consume(account);
        if (perAccountAndAddress.isExhausted(key)) {
            log.warn("Login paused after {} failures: {}", TokenLimits.LOGIN_FAILURES_BEFORE_LOCK, key);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        perAccountAndAddress.reset(Usernames.canonical(event.getAuthentication().getName()) + "|"
                + ip(event.getAuthentication().getDetails()));
    }

    private static String ip(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : "?";
    }
}
