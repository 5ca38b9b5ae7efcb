package jp.banso.library;

import java.util.List;

/** A whole article: summary plus its sections in order. */
public record Article(ArticleSummary summary, List<ArticleSection> sections) {

    public Article {
        sections = List.copyOf(sections);
    }

    public ArticleMetadata meta() {
        return summary.meta();
    }

    public String slug() {
        return summary.slug();
    }
}
