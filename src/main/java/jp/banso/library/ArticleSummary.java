package jp.banso.library;

import java.time.Instant;

/** An article in a list: metadata and dates, no sections. */
public record ArticleSummary(long id, ArticleMetadata meta, ArticleStatus status, Instant updatedAt,
                             Instant publishedAt, Instant verifiedAt, int version) {

    public String slug() {
        return meta.slug();
    }

    public String title() {
        return meta.title();
    }
}
