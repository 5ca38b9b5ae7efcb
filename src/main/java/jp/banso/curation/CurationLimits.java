package jp.banso.curation;

import java.util.Set;
import jp.banso.base.upload.FileType;

/** Limits of curation shared by schema (V030), validation and the UI. */
public final class CurationLimits {

    public static final int REVIEW_COMMENT_MAX = 2000;
    public static final int REVISION_NOTE_MAX = 200;
    /** An article not verified for this many months appears on the advisers' list to check it again. */
    public static final int VERIFY_AFTER_MONTHS = 12;

    public static final long ATTACHMENT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int ATTACHMENT_NAME_MAX = 200;
    /** Detected by magic bytes; the extension is only checked to agree. */
    public static final Set<FileType> ATTACHMENT_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.GIF,
            FileType.WEBP);

    /** One Markdown file or one zip; the zip's limits keep a small upload from unpacking into gigabytes. */
    public static final long IMPORT_UPLOAD_MAX_BYTES = 20L * 1024 * 1024;
    public static final int IMPORT_ZIP_ENTRIES_MAX = 200;
    public static final long IMPORT_ZIP_TOTAL_MAX_BYTES = 50L * 1024 * 1024;
    public static final long IMPORT_FILE_MAX_BYTES = 5L * 1024 * 1024;

    private CurationLimits() {
    }
}
