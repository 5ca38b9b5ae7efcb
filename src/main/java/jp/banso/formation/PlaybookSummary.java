package jp.banso.formation;

/** A playbook in a list: what it is and how many steps it has. */
public record PlaybookSummary(String slug, String title, String summary, int stepCount) {
}
