package jp.banso.library;

/** Limits shared by the schema (V002), content loading, validation and editors. */
public final class ArticleLimits {

    public static final int SLUG_MAX = 100;
    public static final String SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final int TITLE_MAX = 200;
    public static final int PREFECTURE_MAX = 20;
    public static final int SUMMARY_MAX = 1000;
    public static final int TAG_MAX = 200;
    public static final int ANCHOR_MAX = 100;
    public static final String ANCHOR_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final int SECTION_TITLE_MAX = 200;
    /** MEDIUMTEXT holds 16 MB; a section is a passage, so far less is allowed. */
    public static final int SECTION_BODY_MAX = 100_000;
    public static final int SECTIONS_MAX = 200;

    private ArticleLimits() {
    }
}
