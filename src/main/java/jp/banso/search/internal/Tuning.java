package jp.banso.search.internal;

/**
 * Field weights and matching strictness, chosen by measurement (docs/search.md). {@code minMatch} is the
 * share of the query's terms (per body field) a section must contain in the strict query; the relaxed
 * query (zero-result help) needs one.
 */
public record Tuning(float morph, float bigram, float meta, float minMatch, float synonym) {

    public static final Tuning DEFAULT = new Tuning(1.0f, 1.0f, 0.5f, 0.4f, 1.0f);
}
