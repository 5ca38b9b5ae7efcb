package jp.banso.search;

/** One section of an article that matched: where it is (anchor) and the part that answers. */
public record Passage(String section, String anchor, Snippet snippet, float score) {
}
