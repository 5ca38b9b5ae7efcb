package jp.banso.library;

/** What an article is; stored by name. */
public enum ArticleKind {
    PROGRAM, CASE, PLAN;

    public String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ArticleKind parse(String value) {
        return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
