package jp.banso.library;

/** The managed vocabularies of articles. */
public enum TaxonomyType { THEME, TARGET_GROUP }
