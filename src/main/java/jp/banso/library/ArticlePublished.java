package jp.banso.library;

/** An article became visible, or its published text changed. Listeners (search) reindex it. */
public record ArticlePublished(String slug) {
}
