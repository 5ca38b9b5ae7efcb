package jp.banso.formation;

import java.util.Map;
import org.springframework.stereotype.Component;

/** How far each municipality's playbook runs are, for the dashboard's table. */
@Component
class PlaybookProgress {

    /** Municipality code → percent of steps done or skipped, over all its runs. */
    Map<String, Integer> byMunicipality(String prefectureCode) {
        // playbook runs arrive with the playbooks themselves (issue 15 item 2)
        return Map.of();
    }
}
