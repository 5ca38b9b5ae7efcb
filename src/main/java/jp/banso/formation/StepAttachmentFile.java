package jp.banso.formation;

/** A step attachment's bytes with what a download needs. */
public record StepAttachmentFile(String name, String contentType, byte[] bytes) {
}
