package jp.banso.workshop;

/** What a participant sees of their group: table, members and scenario (null when none). */
public record MyGroup(WorkGroup group, GroupScenario scenario) {
}
