package jp.banso.workshop;

import java.util.List;

/** A case-article draft made from a session record, and the words in it the adviser should check. */
public record CaseDraft(String slug, List<String> identifyingWords) {
}
