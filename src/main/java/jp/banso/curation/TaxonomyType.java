package jp.banso.curation;

/** The managed vocabularies of articles. */
public enum TaxonomyType { THEME, TARGET_GROUP }
