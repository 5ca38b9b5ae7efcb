package jp.banso.formation;

import java.util.List;

/**
 * One step of a playbook.
 *
 * @param anchor       the step's section, {@code /library/{playbook}#anchor}
 * @param whatToDo     Markdown
 * @param duration     as the seed gives it; null when it gives none
 * @param evidence     the case passages that show the step, {@code /library/slug#anchor}
 * @param scenarioSlug a scenario for the step's group work, or null
 * @param agenda       agenda item titles for a workshop session made from this step; may be empty
 */
public record PlaybookStep(String anchor, String title, String whatToDo, List<String> participants,
                           List<String> materials, String duration, List<String> evidence, String scenarioSlug,
                           List<String> agenda) {

    public PlaybookStep {
        participants = List.copyOf(participants);
        materials = List.copyOf(materials);
        evidence = List.copyOf(evidence);
        agenda = List.copyOf(agenda);
    }
}
