package jp.banso.curation;

import jp.banso.library.ArticleDocument;

import java.time.Instant;

/** One saved version of an article: the whole text in the content format (front matter + sections). */
public record ArticleRevision(long id, String slug, int number, String author, String note, Instant createdAt,
                              String source) {

    public ArticleDocument document() {
        return ArticleDocument.parse(source);
    }
}
