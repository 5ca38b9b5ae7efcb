package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import jp.banso.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Failures counted per account and address and per account, under the canonical name, on a settable clock. */
class LoginThrottleTest {

    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Tokyo"));
    final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String typed, String ip) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(typed, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(ip, null));
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
    }

    private void succeed(String typed, String ip) {
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(typed, null, java.util.List.of());
        done.setDetails(new WebAuthenticationDetails(ip, null));
        throttle.onSuccess(new AuthenticationSuccessEvent(done));
    }

    @Test
    void five_failures_under_any_spelling_lock_that_account_from_that_address_only() {
        String[] spellings = {"fac2", "ＦＡＣ２", "FAC2 ", "Fac2", "ｆａｃ２"};
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK - 1; i++) {
            fail(spellings[i], "198.51.100.1");
        }
        assertThat(throttle.isLocked("fac2", "198.51.100.1")).as("one failure short").isFalse();
        fail(spellings[4], "198.51.100.1");
        assertThat(throttle.isLocked("fac2", "198.51.100.1")).isTrue();
        assertThat(throttle.isLocked("ＦＡＣ２", "198.51.100.1")).isTrue();
        assertThat(throttle.isLocked("fac2", "198.51.100.2")).as("a colleague elsewhere").isFalse();
        assertThat(throttle.isLocked("fac3", "198.51.100.1")).as("another account").isFalse();

        clock.advance(Duration.ofMinutes(TokenLimits.LOGIN_LOCK_MINUTES));
        assertThat(throttle.isLocked("fac2", "198.51.100.1")).as("after the lock period").isFalse();
    }

    @Test
    void failures_spread_over_many_addresses_lock_the_account_everywhere() {
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_PER_ACCOUNT - 1; i++) {
            fail("fac2", "203.0.113." + i);
        }
        assertThat(throttle.isLocked("fac2", "192.0.2.1")).isFalse();
        fail("fac2", "203.0.113.250");
        assertThat(throttle.isLocked("fac2", "192.0.2.1")).isTrue();
    }

    @Test
    void a_success_clears_that_address_s_count_but_not_the_account_s() {
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK - 1; i++) {
            fail("fac2", "198.51.100.1");
        }
        succeed("FAC2", "198.51.100.1");
        fail("fac2", "198.51.100.1");
        assertThat(throttle.isLocked("fac2", "198.51.100.1")).as("counting starts again after a success").isFalse();
    }

    @Test
    void failures_without_web_details_count_under_an_unknown_address() {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("fac2", "x");
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
        }
        assertThat(throttle.isLocked("fac2", "?")).isTrue();
        assertThat(throttle.isLocked("fac2", "198.51.100.1")).isFalse();
    }
}
