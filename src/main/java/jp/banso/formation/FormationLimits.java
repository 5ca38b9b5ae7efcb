package jp.banso.formation;

import java.util.Set;
import jp.banso.base.upload.FileType;

/** Limits shared by schema (V070, V071, V100), validation and UI. */
public final class FormationLimits {

    public static final int NAME_MAX = 50;
    public static final int KANA_MAX = 100;
    public static final int EVIDENCE_MAX = 2000;
    public static final int EVIDENCE_URL_MAX = 500;
    public static final int TARGET_SOURCE_MAX = 1000;
    /** Rows of one municipality import. */
    public static final int IMPORT_ROWS_MAX = 2000;
    /** Bytes of one import file. */
    public static final int IMPORT_BYTES_MAX = 2 * 1024 * 1024;
    public static final int POPULATION_MAX = 50_000_000;
    public static final int FISCAL_YEAR_MIN = 1990;
    public static final int FISCAL_YEAR_MAX = 2100;

    public static final int STEP_TITLE_MAX = 200;
    public static final int STEP_NOTES_MAX = 4000;
    public static final int STEPS_MAX = 50;
    public static final int USERNAME_MAX = 64;
    /** Minutes given to each agenda item of a session made from a step; the facilitator adjusts them. */
    public static final int AGENDA_ITEM_MINUTES = 20;

    /** Documents attached to one step as evidence: PDF, Word, Excel and images, by their bytes. */
    public static final long STEP_FILE_MAX_BYTES = 10L * 1024 * 1024;
    public static final int STEP_FILE_NAME_MAX = 200;
    public static final int STEP_FILES_MAX = 20;
    public static final Set<FileType> STEP_FILE_TYPES = Set.of(FileType.values());

    private FormationLimits() {
    }
}
