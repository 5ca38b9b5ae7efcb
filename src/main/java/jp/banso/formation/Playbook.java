package jp.banso.formation;

import java.util.List;

/** A playbook: the path cases took, as steps a municipality can follow. */
public record Playbook(String slug, String title, String summary, List<PlaybookStep> steps) {

    public Playbook {
        steps = List.copyOf(steps);
    }

    public PlaybookSummary toSummary() {
        return new PlaybookSummary(slug, title, summary, steps.size());
    }
}
