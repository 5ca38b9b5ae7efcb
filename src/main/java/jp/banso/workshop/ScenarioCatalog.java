package jp.banso.workshop;

import java.util.List;
import java.util.Optional;

/**
 * Published scenarios as group work sees them. Implemented over the scenario feature's public service; an
 * interface here so the workshop never depends on how scenarios are stored.
 */
public interface ScenarioCatalog {

    List<GroupScenario> published();

    Optional<GroupScenario> find(String slug);
}
