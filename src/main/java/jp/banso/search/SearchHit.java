package jp.banso.search;

import java.util.List;

/**
 * One article in the results: its best passage first ({@link #best()}), then up to
 * {@link SearchLimits#MORE_PASSAGES} more passages of the same article that matched.
 */
public record SearchHit(String slug, String title, String prefecture, List<String> municipalities, String kind,
                        Passage best, List<Passage> more, float score) {

    public SearchHit {
        municipalities = List.copyOf(municipalities);
        more = List.copyOf(more);
    }

    /** Link to the passage: the article page scrolled to the section. */
    public String url() {
        return "/library/" + slug + "#" + best.anchor();
    }
}
