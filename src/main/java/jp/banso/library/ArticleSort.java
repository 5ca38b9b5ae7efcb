package jp.banso.library;

public enum ArticleSort {
    /** newest publication first */
    NEWEST,
    /** title in Japanese collation order */
    TITLE,
    /** prefecture, then title */
    PREFECTURE,
    /** most recent fiscal year first */
    FISCAL_YEAR
}
