package jp.banso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import jp.banso.library.ArticlePublished;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Reindexes an article when the library publishes, changes or withdraws it (after the commit). */
@Component
class IndexingListener {

    private final LuceneIndex index;
    private final ArticleService articles;

    IndexingListener(LuceneIndex index, ArticleService articles) {
        this.index = index;
        this.articles = articles;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        if (index.awaitingFullBuild()) {
            return; // the full build to come reads every published article
        }
        try {
            var article = articles.findPublished(event.slug());
            if (article.isPresent()) {
                index.replaceArticle(event.slug(), SectionDoc.of(article.get()));
            } else {
                index.deleteArticle(event.slug());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        if (index.awaitingFullBuild()) {
            return;
        }
        try {
            index.deleteArticle(event.slug());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
