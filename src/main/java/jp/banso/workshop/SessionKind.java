package jp.banso.workshop;

/** 勉強会 / 意見交換会 / 連絡会 / ヒアリング. */
public enum SessionKind { STUDY, EXCHANGE, LIAISON, HEARING }
