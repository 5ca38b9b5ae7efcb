package jp.banso.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /**
     * One clock for the whole app, in {@code banso.zone} (never the server's zone: on a UTC server
     * LocalDateTime.now(clock) would open sheets at 09:00 in Japan), so tests can move time where they need to.
     */
    @Bean
    Clock clock(ZoneProperties zone) {
        AppZone.set(zone.zone());
        return Clock.system(zone.zone());
    }
}
