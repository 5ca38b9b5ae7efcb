package jp.banso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_key_is_locked_after_its_capacity_and_gets_a_token_back_as_time_passes() {
        SettableClock clock = new SettableClock();
        RateLimiter limiter = new RateLimiter(clock, new RateLimiter.Limit(5, Duration.ofMinutes(15)), 1000);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.isExhausted("fac2|10.0.0.1")).isFalse();
            assertThat(limiter.tryConsume("fac2|10.0.0.1")).isTrue();
        }
        assertThat(limiter.isExhausted("fac2|10.0.0.1")).isTrue();
        assertThat(limiter.tryConsume("fac2|10.0.0.1")).isFalse();
        assertThat(limiter.secondsToWait("fac2|10.0.0.1")).isEqualTo(180); // one token every 15 min / 5
        assertThat(limiter.isExhausted("fac2|10.0.0.2")).as("another key").isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.isExhausted("fac2|10.0.0.1")).isTrue();
        assertThat(limiter.secondsToWait("fac2|10.0.0.1")).isEqualTo(60);
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryConsume("fac2|10.0.0.1")).isTrue();
        assertThat(limiter.tryConsume("fac2|10.0.0.1")).isFalse();
    }

    @Test
    void memory_stays_bounded_under_a_spray_of_keys_and_a_locked_key_is_not_cleared_by_it() {
        SettableClock clock = new SettableClock();
        RateLimiter limiter = new RateLimiter(clock, new RateLimiter.Limit(5, Duration.ofMinutes(15)), 1000);
        for (int i = 0; i < 5; i++) {
            limiter.consume("victim|10.0.0.1");
            limiter.isExhausted("victim|10.0.0.1");
        }
        for (int i = 0; i < 20_000; i++) {
            limiter.consume("spray-" + i + "|10.9.9.9");
            if (i % 100 == 0) {
                limiter.isExhausted("victim|10.0.0.1"); // the victim's key keeps being used (and so kept)
            }
        }
        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(1000).isGreaterThan(0);
        assertThat(limiter.isExhausted("victim|10.0.0.1")).isTrue();
    }

    @Test
    void a_key_idle_for_a_whole_period_is_forgotten_with_a_full_bucket() {
        SettableClock clock = new SettableClock();
        RateLimiter limiter = new RateLimiter(clock, new RateLimiter.Limit(2, Duration.ofMinutes(1)), 1000);
        limiter.consume("k");
        limiter.consume("k");
        assertThat(limiter.isExhausted("k")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.isExhausted("k")).isFalse();
        assertThat(limiter.tryConsume("k")).isTrue();
    }
}
