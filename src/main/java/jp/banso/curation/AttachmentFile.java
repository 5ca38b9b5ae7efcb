package jp.banso.curation;

/** An attachment's bytes with what a download needs. */
public record AttachmentFile(String originalName, String contentType, byte[] bytes) {
}
