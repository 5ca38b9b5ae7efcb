package jp.banso.formation.api;

import java.util.List;
import jp.banso.formation.Playbook;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON of the published playbooks. */
@RestController
@RequestMapping(path = "/api/playbooks", produces = MediaType.APPLICATION_JSON_VALUE)
class PlaybookController {

    private final PlaybookService playbooks;

    PlaybookController(PlaybookService playbooks) {
        this.playbooks = playbooks;
    }

    @GetMapping
    List<PlaybookSummary> list() {
        return playbooks.listPublished();
    }

    @GetMapping("/{slug}")
    Playbook get(@PathVariable String slug) {
        return playbooks.findPublished(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published playbook: " + slug));
    }
}
