package jp.banso.library;

/** An article is no longer published (archived, back to draft or deleted). */
public record ArticleWithdrawn(String slug) {
}
