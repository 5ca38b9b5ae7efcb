/**
 * Live workshops: sessions with an agenda, participants who join by code without an account, issue sheets
 * saved as they type, and the facilitator's live board (themes, dot votes, timer) with export and import.
 */
package jp.banso.workshop;
