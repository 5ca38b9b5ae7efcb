package jp.banso.workshop;

import java.util.List;

/**
 * What group work needs of a published scenario: the fictional vignette (Markdown, labelled 演習用の架空の事例),
 * the case passage it is built on, guiding questions, the roles at the table, the worksheet and its timing.
 */
public record GroupScenario(String slug, String title, String summary, String vignette, String source,
                            String sourceTitle, List<String> questions, List<String> roles, Worksheet worksheet,
                            int minutes, List<String> timing) {
}
