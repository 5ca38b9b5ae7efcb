package jp.banso.search;

/** The state of the index: sections and articles in it, and a running rebuild's progress (done/total). */
public record IndexStatus(int sections, int articles, int schemaVersion, boolean rebuilding, int done, int total) {
}
