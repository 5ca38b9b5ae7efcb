package jp.banso.workshop;

/**
 * What the facilitator asks for: a number of groups, or (when that is null) a group size; a scenario for every
 * table (null: none, or keep each group's own) and the worksheet used when the scenario names none.
 */
public record GroupForm(Integer groupCount, Integer groupSize, String scenarioSlug, Worksheet worksheet) {
}
