package jp.banso.base.upload;

import java.util.Set;
import jp.banso.base.TextHygiene;

/**
 * The checks every kept upload passes, in one place for every feature: a clean file name, a size within the
 * caller's limit, and a type read from the bytes that is one the caller accepts and agrees with the name.
 */
public final class UploadChecks {

    private UploadChecks() {
    }

    /** What passed: the cleaned name and the type the bytes are. */
    public record Checked(String name, FileType type) {
    }

    /**
     * Checks a file.
     *
     * @param typeMessageKey the caller's message for a refused type (it names what that feature accepts)
     * @throws UploadRefusedException with {@code upload.error.name}, {@code upload.error.tooLarge} (argument:
     *                                the limit in MB) or {@code typeMessageKey}
     */
    public static Checked check(String fileName, byte[] bytes, long maxBytes, int nameMax, Set<FileType> accepted,
                                String typeMessageKey) {
        String name = cleanName(fileName, nameMax);
        if (bytes == null || bytes.length == 0 || bytes.length > maxBytes) {
            throw new UploadRefusedException("upload.error.tooLarge", "file empty or larger than " + maxBytes + " bytes",
                    maxBytes / (1024 * 1024));
        }
        FileType type = FileType.detect(bytes);
        if (type == null || !accepted.contains(type) || !type.matchesName(name)) {
            throw new UploadRefusedException(typeMessageKey, "content is not one of " + accepted + " matching the name");
        }
        return new Checked(name, type);
    }

    /**
     * The name people see: without bidi and zero-width characters (no {@code rtl\u202Egpj.pdf} posing as a JPEG),
     * without any folder part, trimmed; refused when empty, longer than {@code nameMax} or holding control characters.
     */
    public static String cleanName(String fileName, int nameMax) {
        String name = fileName == null ? "" : TextHygiene.strip(fileName).strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > nameMax || name.chars().anyMatch(Character::isISOControl)) {
            throw new UploadRefusedException("upload.error.name", "bad file name");
        }
        return name;
    }
}
