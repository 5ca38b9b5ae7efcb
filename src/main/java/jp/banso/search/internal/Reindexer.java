package jp.banso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import jp.banso.library.Article;
import jp.banso.library.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the index derived from MariaDB: rebuilds it at start when it is missing, unreadable or of an older
 * schema version (after the shipped content is loaded), and on an admin's request, in one background
 * thread of its own, reporting progress.
 */
@Component
@Order(20)
public class Reindexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final LuceneIndex index;
    private final ArticleService articles;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    Reindexer(LuceneIndex index, ArticleService articles) {
        this.index = index;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.needsRebuild()) {
            rebuildNow(n -> { });
        }
    }

    /** Rebuilds in the caller's thread. */
    public int rebuildNow(IntConsumer progress) {
        long start = System.nanoTime();
        index.rebuildStarting();
        List<Article> all = articles.allPublished();
        total.set(all.size());
        done.set(0);
        try {
            index.rebuild(all.stream().map(SectionDoc::of).toList(), n -> {
                done.set(n);
                progress.accept(n);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Search index rebuilt: {} articles in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
        return all.size();
    }

    /** Starts a rebuild in the background unless one runs; {@code progress} gets (done, total). */
    public Future<Integer> rebuildInBackground(java.util.function.BiConsumer<Integer, Integer> progress) {
        if (!running.compareAndSet(false, true)) {
            return java.util.concurrent.CompletableFuture.completedFuture(-1);
        }
        return worker.submit(() -> {
            try {
                return rebuildNow(n -> progress.accept(n, total.get()));
            } finally {
                running.set(false);
            }
        });
    }

    public boolean running() {
        return running.get();
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
