package jp.banso.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings under {@code banso.search.*} (application.properties, {@code --banso.search.threads=3},
 * {@code BANSO_SEARCH_THREADS}), checked when the application starts: a value out of range stops the start
 * with a message naming it.
 *
 * @param threads searches run at once (0 = one per core and one more); beyond that they queue
 * @param window  sections the exact query scores per search (docs/search-notes.md, "Speed")
 * @param common  share of sections above which a clause no longer picks candidates (it still scores them)
 */
@Validated
@ConfigurationProperties(prefix = "banso.search")
public record SearchSettings(@Min(0) @Max(64) Integer threads, @Min(10) @Max(10_000) Integer window,
                             @DecimalMin("0.001") @DecimalMax("1.0") Double common) {

    public static final SearchSettings DEFAULTS = new SearchSettings(null, null, null);

    public SearchSettings {
        threads = threads == null || threads == 0 ? Runtime.getRuntime().availableProcessors() + 1 : threads;
        window = window == null ? 100 : window;
        common = common == null ? 0.1 : common;
    }
}
