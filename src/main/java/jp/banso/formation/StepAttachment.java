package jp.banso.formation;

import java.time.Instant;

/**
 * A document attached to a run's step as evidence.
 *
 * @param url where those who may see the run download it
 */
public record StepAttachment(long id, long stepId, String name, String contentType, long sizeBytes, String uploadedBy,
                             Instant uploadedAt, String url) {
}
