package jp.banso.scenario;

import java.util.List;

/**
 * A group-work scenario.
 *
 * @param vignette    Markdown; carries the label 演習用の架空の事例
 * @param source      the case passage it is built on, {@code /library/slug#anchor}
 * @param sourceTitle that passage's name as the scenario gives it
 * @param worksheet   {@code issue-sheet} or {@code support-matrix}
 * @param minutes     the total of {@code timing}
 * @param timing      phases with their minutes, e.g. グループ討議 30分
 */
public record Scenario(String slug, String title, String summary, String vignette, String source, String sourceTitle,
                       List<String> questions, List<String> roles, String worksheet, int minutes, List<String> timing) {

    public Scenario {
        questions = List.copyOf(questions);
        roles = List.copyOf(roles);
        timing = List.copyOf(timing);
    }

    public ScenarioSummary toSummary() {
        return new ScenarioSummary(slug, title, summary, worksheet, minutes, source);
    }
}
