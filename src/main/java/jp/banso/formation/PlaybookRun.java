package jp.banso.formation;

import java.time.Instant;
import java.util.List;

/** A municipality's or prefecture's run of a playbook, with its steps in order. */
public record PlaybookRun(long id, String playbookSlug, String playbookTitle, String municipalityCode, String prefectureCode,
                          String adopterName, String startedBy, Instant startedAt, int version, List<RunStep> steps) {

    /** Done steps over steps not skipped, in whole percent (0 when every step is skipped or there are none). */
    public int progressPercent() {
        return progress(steps);
    }

    static int progress(List<RunStep> steps) {
        long counted = steps.stream().filter(s -> s.status() != StepStatus.SKIPPED).count();
        long done = steps.stream().filter(s -> s.status() == StepStatus.DONE).count();
        return counted == 0 ? 0 : (int) Math.round(100.0 * done / counted);
    }
}
