package jp.banso.workshop;

import java.util.List;
import java.util.Optional;
import jp.banso.scenario.Scenario;
import jp.banso.scenario.ScenarioService;
import org.springframework.stereotype.Component;

/** Group work's view of the scenario feature's published scenarios. */
@Component
class ScenarioCatalogAdapter implements ScenarioCatalog {

    private final ScenarioService scenarios;

    ScenarioCatalogAdapter(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public List<GroupScenario> published() {
        return scenarios.listPublished().stream().map(s -> scenarios.findPublished(s.slug()))
                .flatMap(Optional::stream).map(ScenarioCatalogAdapter::of).toList();
    }

    @Override
    public Optional<GroupScenario> find(String slug) {
        return scenarios.findPublished(slug).map(ScenarioCatalogAdapter::of);
    }

    private static GroupScenario of(Scenario s) {
        return new GroupScenario(s.slug(), s.title(), s.summary(), s.vignette(), s.source(), s.sourceTitle(),
                s.questions(), s.roles(), Worksheet.fromContentName(s.worksheet()), s.minutes(), s.timing());
    }
}
