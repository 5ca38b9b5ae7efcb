package jp.banso.formation;

/** COVERAGE: percent of the prefecture's 2020 population; COUNT: number of municipalities. */
public enum TargetMetric {
    COVERAGE, COUNT
}
