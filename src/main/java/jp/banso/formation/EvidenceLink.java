package jp.banso.formation;

/**
 * A case passage that shows a playbook step.
 *
 * @param path  {@code /library/slug#anchor}
 * @param title the article's title and the section's title, as readers see them
 */
public record EvidenceLink(String path, String title) {
}
