package jp.banso.search.internal;

import java.io.IOException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index for /actuator/health: DOWN when it cannot be read (closed, files gone); otherwise UP with
 * its size and whether searches are answered or wait for a (re)build. A damaged index is found by its
 * checksums at start and rebuilt ({@link LuceneIndex#open}); meanwhile it shows {@code searchable: false}.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    private final LuceneIndex index;
    private final Reindexer reindexer;

    SearchIndexHealth(LuceneIndex index, Reindexer reindexer) {
        this.index = index;
        this.reindexer = reindexer;
    }

    @Override
    public Health health() {
        try {
            int sections = index.sectionCount();
            return Health.up()
                    .withDetail("folder", index.liveName())
                    .withDetail("sections", sections)
                    .withDetail("articles", index.articles().size())
                    .withDetail("schemaVersion", LuceneIndex.SCHEMA_VERSION)
                    .withDetail("searchable", !index.needsRebuild())
                    .withDetail("rebuilding", reindexer.running())
                    .withDetail("rebuildProgress", reindexer.done() + "/" + reindexer.total())
                    .build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("folder", index.liveName())
                    .withDetail("problem", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
