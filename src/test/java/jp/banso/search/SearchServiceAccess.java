package jp.banso.search;

import java.time.Clock;
import jp.banso.search.internal.LuceneIndex;

/** Test access to the package-private constructor (no database: synonyms are never loaded before a search runs). */
public final class SearchServiceAccess {

    private SearchServiceAccess() {
    }

    public static SearchService create(LuceneIndex index) {
        return new SearchService(index, null, null, Clock.systemUTC());
    }
}
