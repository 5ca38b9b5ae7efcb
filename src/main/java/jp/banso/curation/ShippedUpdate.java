package jp.banso.curation;

import java.time.Instant;

/** A shipped file that changed after advisers edited its article: waits for an adviser to accept or dismiss. */
public record ShippedUpdate(String slug, String source, Instant detectedAt, RevisionDiff diff) {
}
