package jp.banso.library;

/** Filters of the library list; null means "any". */
public record ArticleFilter(String prefecture, ArticleKind kind, String theme, String targetGroup) {

    public static final ArticleFilter ANY = new ArticleFilter(null, null, null, null);
}
