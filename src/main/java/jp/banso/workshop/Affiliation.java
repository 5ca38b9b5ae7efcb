package jp.banso.workshop;

/** 住宅部局, 福祉部局, 不動産関係団体, 福祉関係団体, 居住支援法人, 社会福祉協議会, 国・県, その他. Stored by name. */
public enum Affiliation {
    HOUSING, WELFARE, REAL_ESTATE, WELFARE_ORG, SUPPORT_CORP, SOCIAL_WELFARE_COUNCIL, GOVERNMENT, OTHER
}
