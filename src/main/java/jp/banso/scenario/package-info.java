/**
 * Scenarios for group work: fictional vignettes built on what the cases practised, stored as library articles
 * of kind scenario. {@link jp.banso.scenario.ScenarioService} reads the published ones for views, REST and workshops.
 */
package jp.banso.scenario;
