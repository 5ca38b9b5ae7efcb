package jp.banso;

import jp.banso.base.ZoneProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link MutableClock} (in banso.zone) in place of the system clock for every IntegrationTest. */
@TestConfiguration
class TestClockConfig {

    @Bean
    @Primary
    MutableClock mutableClock(ZoneProperties zone) {
        return new MutableClock(zone.zone());
    }
}
