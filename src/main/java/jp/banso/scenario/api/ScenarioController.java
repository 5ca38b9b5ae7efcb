package jp.banso.scenario.api;

import jp.banso.base.api.PublishedContentController;
import jp.banso.scenario.Scenario;
import jp.banso.scenario.ScenarioService;
import jp.banso.scenario.ScenarioSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON of the published scenarios. */
@RestController
@RequestMapping(path = "/api/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
class ScenarioController extends PublishedContentController<ScenarioSummary, Scenario> {

    ScenarioController(ScenarioService scenarios) {
        super(scenarios::listPublished, scenarios::findPublished, "scenario");
    }
}
