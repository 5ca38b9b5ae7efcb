package jp.banso.curation;

import java.time.Instant;

/** A reviewer's decision on one revision, with their comment. */
public record ArticleReview(String reviewer, Decision decision, String comment, int revisionNumber, Instant createdAt) {

    public enum Decision { APPROVED, CHANGES_REQUESTED }
}
