package jp.banso.workshop;

/** 講義 / グループワーク / 意見交換. */
public enum AgendaKind { LECTURE, GROUP_WORK, DISCUSSION }
