package jp.banso.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** banso.search.* are Spring properties, bound and checked when the application starts. */
class SearchSettingsTest {

    @Configuration
    @EnableConfigurationProperties(SearchSettings.class)
    static class Config {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void values_are_bound_from_properties() {
        runner.withPropertyValues("banso.search.threads=3", "banso.search.window=200", "banso.search.common=0.2")
                .run(ctx -> {
                    SearchSettings s = ctx.getBean(SearchSettings.class);
                    assertThat(s.threads()).isEqualTo(3);
                    assertThat(s.window()).isEqualTo(200);
                    assertThat(s.common()).isEqualTo(0.2);
                });
    }

    @Test
    void defaults_apply_when_nothing_is_set() {
        runner.run(ctx -> {
            SearchSettings s = ctx.getBean(SearchSettings.class);
            assertThat(s.threads()).isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
            assertThat(s.window()).isEqualTo(100);
            assertThat(s.common()).isEqualTo(0.1);
        });
    }

    @Test
    void a_value_out_of_range_stops_the_start_naming_it() {
        runner.withPropertyValues("banso.search.threads=500").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("threads");
        });
        runner.withPropertyValues("banso.search.common=3").run(ctx -> assertThat(ctx).hasFailed());
    }
}
