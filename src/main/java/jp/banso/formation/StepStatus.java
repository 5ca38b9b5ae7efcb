package jp.banso.formation;

/** 未着手 / 進行中 / 完了 / 対象外 (skipped: left out of the progress). */
public enum StepStatus {
    TODO, DOING, DONE, SKIPPED
}
