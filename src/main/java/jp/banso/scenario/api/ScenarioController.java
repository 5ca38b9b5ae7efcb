package jp.banso.scenario.api;

import java.util.List;
import jp.banso.scenario.Scenario;
import jp.banso.scenario.ScenarioService;
import jp.banso.scenario.ScenarioSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON of the published scenarios. */
@RestController
@RequestMapping(path = "/api/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
class ScenarioController {

    private final ScenarioService scenarios;

    ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    List<ScenarioSummary> list() {
        return scenarios.listPublished();
    }

    @GetMapping("/{slug}")
    Scenario get(@PathVariable String slug) {
        return scenarios.findPublished(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published scenario: " + slug));
    }
}
