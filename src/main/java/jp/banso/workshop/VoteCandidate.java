package jp.banso.workshop;

/** A row marked for discussion, as a participant sees it to place dots. */
public record VoteCandidate(long rowId, String item, String content, int votes, boolean mine) {
}
