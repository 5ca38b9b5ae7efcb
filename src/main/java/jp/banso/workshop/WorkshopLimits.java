package jp.banso.workshop;

/** Limits shared by the schema (V020), validation in the services and the UI's field lengths. */
public final class WorkshopLimits {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int MUNICIPALITY_MAX = 100;
    public static final int AGENDA_ITEMS_MAX = 30;
    public static final int AGENDA_TITLE_MAX = 200;
    public static final int AGENDA_MINUTES_MAX = 600;
    public static final int OPEN_DAYS_BEFORE_MAX = 60;
    public static final int DOTS_MAX = 20;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int ORGANISATION_MAX = 200;
    public static final int ITEM_MAX = 200;
    public static final int CONTENT_MAX = 2000;
    public static final int IMPROVEMENT_MAX = 2000;
    public static final int ROWS_PER_PARTICIPANT_MAX = 50;
    public static final int THEME_NAME_MAX = 100;
    public static final int THEMES_MAX = 50;
    public static final int IMPORT_ROWS_MAX = 2000;
    public static final int IMPORT_BYTES_MAX = 5 * 1024 * 1024;
    /** Inflated size of one XML part of an imported .xlsx (2,000 full rows need about 27 MB). */
    public static final long IMPORT_XML_BYTES_MAX = 32L * 1024 * 1024;
    /** 31 symbols without 0/O, 1/I/L: people read codes off a projector and type them on a phone. */
    public static final String JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 31^8, about 2^39.6: guessing needs ~10^11 tries against a limit of a few per minute and address. */
    public static final int JOIN_CODE_LENGTH = 8;
    /** Wrong join codes per client address and minute (gentle: a venue shares one address). */
    public static final int JOIN_FAILURES_PER_MINUTE = 30;
    /** Joins with one valid code per minute (a room of people joining at once fits easily). */
    public static final int JOINS_PER_CODE_PER_MINUTE = 200;
    /** How long after a session is closed its participants' return links still open their (read-only) sheet. */
    public static final java.time.Duration CLOSED_SESSION_GRACE = java.time.Duration.ofDays(14);

    private WorkshopLimits() {
    }
}
