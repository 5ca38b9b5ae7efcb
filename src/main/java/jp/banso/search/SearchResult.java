package jp.banso.search;

import java.util.List;

/**
 * A page of results. {@code total} counts matching articles. {@code relaxed} says that nothing matched
 * enough of the query, so these results match any of its words; {@code didYouMean} offers other queries
 * when even that found little.
 */
public record SearchResult(String query, int total, int offset, List<SearchHit> hits, Facets facets,
                           boolean relaxed, List<String> didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        didYouMean = List.copyOf(didYouMean);
    }

    public static SearchResult empty(String query) {
        return new SearchResult(query, 0, 0, List.of(), Facets.EMPTY, false, List.of());
    }
}
