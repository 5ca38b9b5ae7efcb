package jp.banso.search;

import java.util.List;

/** How many matching articles carry each value, most first: the clickable filters of the search page. */
public record Facets(List<Count> prefectures, List<Count> kinds, List<Count> themes, List<Count> targetGroups) {

    public record Count(String value, int count) {
    }

    public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of());

    public Facets {
        prefectures = List.copyOf(prefectures);
        kinds = List.copyOf(kinds);
        themes = List.copyOf(themes);
        targetGroups = List.copyOf(targetGroups);
    }
}
