package jp.banso.formation;

/** A prefecture with its 6-digit 全国地方公共団体コード and 2020 census population. */
public record Prefecture(String code, String name, long population2020) {
}
