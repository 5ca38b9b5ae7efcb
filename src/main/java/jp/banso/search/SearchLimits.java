package jp.banso.search;

/** Limits shared by the service, the REST API, the views and the synonym table. */
public final class SearchLimits {

    /** Longest query accepted; a question in Japanese rarely needs more than 60 characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deepest result offset (articles): paging further is not searching any more. */
    public static final int MAX_OFFSET = 1000;
    /** Filter values (prefecture, theme, ...) are short labels. */
    public static final int MAX_FILTER_LENGTH = 100;
    /** Passages shown per article besides the best one. */
    public static final int MORE_PASSAGES = 3;
    /** A synonym group as typed (column search_synonym.words). */
    public static final int MAX_SYNONYM_GROUP_LENGTH = 500;
    public static final int MAX_SYNONYM_WORD_LENGTH = 50;
    public static final int MAX_SUGGESTIONS = 10;

    private SearchLimits() {
    }
}
