package jp.banso.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.banso.base.BansoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the articles that ship with the app (classpath content/articles/*.md, then the scenarios and
 * playbooks of content/scenarios and content/playbooks, which are articles of their own kinds), and those of the
 * deployment's content folder when one is set ({@code banso.content-dir}), into MariaDB at start,
 * idempotently: a file whose hash was loaded already changes nothing. A changed file updates its article
 * only while nobody edited that article in the app; otherwise it waits in shipped_update_pending for an
 * adviser, and the adviser's text stays as it is (never a silent overwrite).
 */
@Component
@Order(10)
class ShippedContentLoader implements ApplicationRunner {

    static final List<String> LOCATIONS = List.of("classpath*:content/articles/*.md",
            "classpath*:content/scenarios/*.md", "classpath*:content/playbooks/*.md");
    private static final Logger log = LoggerFactory.getLogger(ShippedContentLoader.class);

    record Report(int inserted, int updated, int unchanged, int pending, int failed) {
    }

    private final ArticleRepository articles;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path contentDir;

    ShippedContentLoader(ArticleRepository articles, TransactionTemplate tx, ApplicationEventPublisher events,
                         Clock clock, BansoProperties properties) {
        this.articles = articles;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.contentDir = properties.contentDir();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Report r = loadAll();
        log.info("Shipped content: {} new, {} updated, {} unchanged, {} waiting for an adviser, {} failed",
                r.inserted(), r.updated(), r.unchanged(), r.pending(), r.failed());
    }

    Report loadAll() throws IOException {
        List<Resource> files = new ArrayList<>();
        for (String location : LOCATIONS) {
            files.addAll(sorted(new PathMatchingResourcePatternResolver().getResources(location)));
        }
        if (contentDir != null) {
            List<Resource> folder = folderFiles(contentDir);
            log.info("Content folder {}: {} article files", contentDir, folder.size());
            files.addAll(folder);
        }
        int inserted = 0, updated = 0, unchanged = 0, pending = 0, failed = 0;
        Set<String> slugs = new HashSet<>();
        for (Resource file : files) {
            String source;
            try (InputStream in = file.getInputStream()) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try {
                ArticleDocument doc = ArticleDocument.parse(source);
                String slug = doc.meta().slug();
                if (!slugs.add(slug)) {
                    // two files, one article: loading both would flip it at every start
                    failed++;
                    log.error("Article file {} repeats the slug '{}' of an earlier file: left out", file.getDescription(), slug);
                    continue;
                }
                switch (load(doc, source)) {
                    case INSERTED -> inserted++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case PENDING -> pending++;
                }
            } catch (ArticleFormatException e) {
                failed++;
                log.error("Article file {} cannot be read: {}", file.getDescription(), e.problems());
            }
        }
        return new Report(inserted, updated, unchanged, pending, failed);
    }

    /** The folder's *.md files, by name; a folder that is set but missing stops the start with a reason. */
    static List<Resource> folderFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("banso.content-dir " + folder + " is not a folder");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return sorted(listing.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                    .map(FileSystemResource::new).toArray(Resource[]::new));
        }
    }

    private static List<Resource> sorted(Resource[] files) {
        return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList();
    }

    enum Outcome { INSERTED, UPDATED, UNCHANGED, PENDING }

    Outcome load(String source) {
        return load(ArticleDocument.parse(source), source);
    }

    private Outcome load(ArticleDocument doc, String source) {
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
