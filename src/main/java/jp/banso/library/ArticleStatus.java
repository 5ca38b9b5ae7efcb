package jp.banso.library;

/** The review workflow; only PUBLISHED articles are visible without a login. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
