package jp.banso.formation.api;

import jp.banso.base.api.PublishedContentController;
import jp.banso.formation.Playbook;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON of the published playbooks. */
@RestController
@RequestMapping(path = "/api/playbooks", produces = MediaType.APPLICATION_JSON_VALUE)
class PlaybookController extends PublishedContentController<PlaybookSummary, Playbook> {

    PlaybookController(PlaybookService playbooks) {
        super(playbooks::listPublished, playbooks::findPublished, "playbook");
    }
}
