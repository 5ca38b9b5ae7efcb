package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JoinGuardTest {

    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T01:00:00Z");

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
    void a_few_wrong_codes_from_a_venue_s_shared_address_do_not_stop_the_room_from_joining() {
        JoinGuard guard = new JoinGuard(new SettableClock());
        for (int i = 0; i < 11; i++) {
            guard.failed("203.0.113.7");
        }
        assertThat(guard.secondsToWait("203.0.113.7")).isZero();
        for (int i = 0; i < 60; i++) {
            assertThat(guard.tryJoin("ABCD2345")).as("join %d of the room", i).isTrue();
        }
    }

    @Test
    void a_guesser_at_one_address_waits_and_time_lets_them_try_again() {
        SettableClock clock = new SettableClock();
        JoinGuard guard = new JoinGuard(clock);
        for (int i = 0; i < WorkshopLimits.JOIN_FAILURES_PER_MINUTE; i++) {
            guard.failed("198.51.100.9");
        }
        assertThat(guard.secondsToWait("198.51.100.9")).isPositive();
        assertThat(guard.secondsToWait("198.51.100.10")).as("another address").isZero();
        clock.now = clock.now.plus(Duration.ofSeconds(60 / WorkshopLimits.JOIN_FAILURES_PER_MINUTE + 1));
        assertThat(guard.secondsToWait("198.51.100.9")).isZero();
    }

    @Test
    void joins_with_one_valid_code_are_limited_per_code_not_per_address() {
        JoinGuard guard = new JoinGuard(new SettableClock());
        for (int i = 0; i < WorkshopLimits.JOINS_PER_CODE_PER_MINUTE; i++) {
            assertThat(guard.tryJoin("LEAKED22")).isTrue();
        }
        assertThat(guard.tryJoin("LEAKED22")).isFalse();
        assertThat(guard.tryJoin("OTHER333")).isTrue();
    }

    @Test
    void a_code_over_its_joins_says_how_long_to_wait() {
        JoinGuard guard = new JoinGuard(new SettableClock());
        assertThat(guard.secondsToWaitForCode("LEAKED22")).isZero();
        for (int i = 0; i <= WorkshopLimits.JOINS_PER_CODE_PER_MINUTE; i++) {
            guard.tryJoin("LEAKED22");
        }
        assertThat(guard.secondsToWaitForCode("LEAKED22")).isBetween(1L, 60L);
    }
}
