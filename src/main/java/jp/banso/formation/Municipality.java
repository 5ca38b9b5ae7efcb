package jp.banso.formation;

import java.time.LocalDate;

/** A municipality of the register with its current stage (stageDate null while nothing is recorded). */
public record Municipality(String code, String prefectureCode, String name, String kana, String kind,
                           long population2020, FormationStage stage, LocalDate stageDate, DatePrecision datePrecision,
                           CouncilType councilType, int version) {
}
