package jp.banso.workshop;

import java.util.List;

/** A session record without participants' names, and the words in it that may still identify a person. */
public record RecordDraft(String markdown, List<String> identifyingWords) {
}
