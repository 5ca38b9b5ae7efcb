package jp.banso.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** One clock for the whole app, so tests can pin time where they need to. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
