package jp.banso.search;

/**
 * What to search: free text (a question in one's own words) and optional filters. Filters are exact
 * metadata values (facet values); {@code kind} is program, case, plan, scenario or playbook.
 */
public record SearchRequest(String query, String prefecture, String kind, String theme, String targetGroup,
                            int offset, int limit) {

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 0, SearchLimits.DEFAULT_PAGE_SIZE);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, prefecture, kind, theme, targetGroup, newOffset, newLimit);
    }
}
