package jp.banso.search;

import java.time.Instant;
import java.util.List;

/** A synonym group an adviser added in the app; {@code version} guards concurrent edits. */
public record SynonymGroup(long id, List<String> words, String createdBy, Instant updatedAt, int version) {

    public SynonymGroup {
        words = List.copyOf(words);
    }
}
