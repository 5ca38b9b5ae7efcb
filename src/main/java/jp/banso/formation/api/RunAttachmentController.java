package jp.banso.formation.api;

import jp.banso.base.upload.FileResponses;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.StepAttachmentFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of documents attached to a playbook run's steps; the service lets only signed-in users read runs. */
@RestController
class RunAttachmentController {

    private final PlaybookRunService runs;

    RunAttachmentController(PlaybookRunService runs) {
        this.runs = runs;
    }

    @GetMapping("/api/formation/runs/{run}/attachments/{name}")
    ResponseEntity<byte[]> download(@PathVariable long run, @PathVariable String name) {
        StepAttachmentFile f = runs.readAttachment(run, name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such attachment"));
        return FileResponses.of(f.name(), f.contentType(), f.bytes());
    }
}
