package jp.banso.formation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How far each municipality's playbook runs are, for the dashboard's table. */
@Component
class PlaybookProgress {

    private final PlaybookRunRepository runs;

    PlaybookProgress(PlaybookRunRepository runs) {
        this.runs = runs;
    }

    /** Municipality code → done steps over steps not skipped, over all its runs (absent: no run). */
    Map<String, Integer> byMunicipality(String prefectureCode) {
        Map<String, Integer> out = new HashMap<>();
        runs.stepsByMunicipality(prefectureCode).forEach((code, steps) -> out.put(code, PlaybookRun.progress(steps)));
        return out;
    }
}
