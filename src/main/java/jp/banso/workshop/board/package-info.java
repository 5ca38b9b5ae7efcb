/**
 * Models of what several workshop views show at once (the live board, group worksheets and their tiles):
 * plain Java that applies broadcaster events; views observe and render, tests drive the models directly.
 */
package jp.banso.workshop.board;
