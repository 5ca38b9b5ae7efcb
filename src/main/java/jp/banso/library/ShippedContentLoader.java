package jp.banso.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the articles that ship with the app (classpath content/articles/*.md) into MariaDB at start,
 * idempotently: a file whose hash was loaded already changes nothing. A changed file updates its article
 * only while nobody edited that article in the app; otherwise it waits in shipped_update_pending for an
 * adviser, and the adviser's text stays as it is (never a silent overwrite).
 */
@Component
@Order(10)
class ShippedContentLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:content/articles/*.md";
    private static final Logger log = LoggerFactory.getLogger(ShippedContentLoader.class);

    record Report(int inserted, int updated, int unchanged, int pending, int failed) {
    }

    private final ArticleRepository articles;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShippedContentLoader(ArticleRepository articles, TransactionTemplate tx, ApplicationEventPublisher events,
                         Clock clock) {
        this.articles = articles;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Report r = loadAll();
        log.info("Shipped content: {} new, {} updated, {} unchanged, {} waiting for an adviser, {} failed",
                r.inserted(), r.updated(), r.unchanged(), r.pending(), r.failed());
    }

    Report loadAll() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        int inserted = 0, updated = 0, unchanged = 0, pending = 0, failed = 0;
        for (Resource file : files) {
            String source;
            try (InputStream in = file.getInputStream()) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try {
                switch (load(source)) {
                    case INSERTED -> inserted++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case PENDING -> pending++;
                }
            } catch (ArticleFormatException e) {
                failed++;
                log.error("Shipped article {} cannot be read: {}", file.getFilename(), e.problems());
            }
        }
        return new Report(inserted, updated, unchanged, pending, failed);
    }

    enum Outcome { INSERTED, UPDATED, UNCHANGED, PENDING }

    Outcome load(String source) {
        ArticleDocument doc = ArticleDocument.parse(source);
        String hash = ArticleDocument.sha256(source);
        String slug = doc.meta().slug();
        return tx.execute(status -> {
            var state = articles.loadState(slug);
            if (state.isEmpty()) {
                articles.insert(doc, ArticleStatus.PUBLISHED, ArticleRepository.Origin.SHIPPED, hash, clock.instant());
                events.publishEvent(new ArticlePublished(slug));
                return Outcome.INSERTED;
            }
            var s = state.get();
            if (hash.equals(s.shippedHash())) {
                return Outcome.UNCHANGED;
            }
            if (s.editedInApp()) {
                if (!hash.equals(articles.pendingShippedHash(slug).orElse(null))) {
                    articles.savePendingShippedUpdate(slug, hash, source);
                    log.warn("Shipped file for '{}' changed, but an adviser edited the article in the app: "
                            + "kept their text, the new file waits for review", slug);
                }
                return Outcome.PENDING;
            }
            articles.replaceFromShipped(s.id(), doc, hash, clock.instant());
            if (s.status() == ArticleStatus.PUBLISHED) {
                events.publishEvent(new ArticlePublished(slug));
            }
            return Outcome.UPDATED;
        });
    }
}
