package jp.banso.curation;

import java.time.Instant;

/** A PDF or image attached to an article; {@code url} serves it (ArticleController). */
public record Attachment(String storedName, String originalName, String contentType, long sizeBytes,
                         String uploadedBy, Instant createdAt, String url) {
}
