package jp.banso.workshop;

/** A published library article an agenda item can point to. */
public record LinkableArticle(String slug, String title) {
}
