package jp.banso.workshop;

/** OPEN: sheets editable; LOCKED: sheets read-only, the board stays; CLOSED: the join code stops working. */
public enum SessionStatus { OPEN, LOCKED, CLOSED }
