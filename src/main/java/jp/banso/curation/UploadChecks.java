package jp.banso.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Checks of uploaded bytes: file types by magic bytes, and zip archives read within hard limits. */
final class UploadChecks {

    private UploadChecks() {
    }

    /** The type the bytes really are (one of CurationLimits.ATTACHMENT_TYPES), or null. */
    static String detectType(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf"; // %PDF-
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (b.length >= 12 && startsWith(b, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** The extensions a type may carry: a PDF named .png is refused as much as an EXE named .pdf. */
    static boolean extensionMatches(String fileName, String type) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/pdf" -> n.endsWith(".pdf");
            case "image/png" -> n.endsWith(".png");
            case "image/jpeg" -> n.endsWith(".jpg") || n.endsWith(".jpeg");
            case "image/gif" -> n.endsWith(".gif");
            case "image/webp" -> n.endsWith(".webp");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isZip(byte[] b) {
        return startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06);
    }

    record Entry(String name, byte[] bytes, String problem) {
    }

    /**
     * The .md files of a zip. Sizes are counted while inflating (never trusting the sizes the archive
     * declares), so a zip bomb stops at the limits; names are only labels, never paths written to disk, and
     * entries with "..", absolute paths or backslashes are refused.
     */
    static List<Entry> readZip(byte[] zip) throws IOException {
        List<Entry> out = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > CurationLimits.IMPORT_ZIP_ENTRIES_MAX) {
                    throw new CurationException("import.error.tooManyEntries", "more than "
                            + CurationLimits.IMPORT_ZIP_ENTRIES_MAX + " entries", CurationLimits.IMPORT_ZIP_ENTRIES_MAX);
                }
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("__MACOSX/") || name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
                    continue;
                }
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    out.add(new Entry(name, null, "unsafe path in the archive: " + name));
                    continue;
                }
                if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    out.add(new Entry(name, null, "not a Markdown (.md) file"));
                    continue;
                }
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                int r;
                long size = 0;
                while ((r = in.read(chunk)) > 0) {
                    size += r;
                    total += r;
                    if (total > CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES) {
                        throw new CurationException("import.error.zipTooLarge", "archive unpacks to more than "
                                + CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES + " bytes",
                                CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES / (1024 * 1024));
                    }
                    if (size > CurationLimits.IMPORT_FILE_MAX_BYTES) {
                        break;
                    }
                    buf.write(chunk, 0, r);
                }
                out.add(size > CurationLimits.IMPORT_FILE_MAX_BYTES
                        ? new Entry(name, null, "file larger than " + CurationLimits.IMPORT_FILE_MAX_BYTES + " bytes")
                        : new Entry(name, buf.toByteArray(), null));
            }
        }
        return out;
    }

    /** Strict UTF-8: a file in Shift_JIS gets a clear message instead of mojibake. */
    static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static byte[] readLimited(InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) {
            throw new CurationException("upload.error.tooLarge", "upload larger than " + max + " bytes",
                    max / (1024 * 1024));
        }
        return b;
    }
}
