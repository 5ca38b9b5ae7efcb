package jp.banso.scenario;

/**
 * A scenario in a list.
 *
 * @param worksheet {@code issue-sheet} or {@code support-matrix}
 * @param minutes   the suggested timing's total
 * @param source    the case passage it is built on, {@code /library/slug#anchor}
 */
public record ScenarioSummary(String slug, String title, String summary, String worksheet, int minutes, String source) {
}
