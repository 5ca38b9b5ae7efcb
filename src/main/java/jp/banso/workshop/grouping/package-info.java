/**
 * Breakout groups mixed on purpose (ごちゃまぜ): the Maximally Diverse Grouping Problem and its solver. Pure
 * computation, no database and no UI; {@link jp.banso.workshop.grouping.GroupPlanner} is the entry point.
 */
package jp.banso.workshop.grouping;
