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

    /** What Windows in Japan writes zip entry names in when it does not flag them as UTF-8. */
    static final java.nio.charset.Charset WINDOWS_JAPANESE = java.nio.charset.Charset.forName("MS932");

    /**
     * The .md files of a zip. Entry names: UTF-8 (flagged or not), else Shift_JIS (MS932, as Windows writes
     * them), else a clear message; the JDK throws IllegalArgumentException on a name it cannot decode, which is
     * caught here and never reaches the adviser as an error page.
     */
    static List<Entry> readZip(byte[] zip) throws IOException {
        try {
            return readZip(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            try {
                // entries flagged as UTF-8 are still read as UTF-8; the others as MS932
                return readZip(zip, WINDOWS_JAPANESE);
            } catch (IllegalArgumentException neither) {
                throw new CurationException("import.error.zipNames", "zip entry names are neither UTF-8 nor Shift_JIS");
            }
        }
    }

    /**
     * Every byte the archive inflates counts towards IMPORT_ZIP_TOTAL_MAX_BYTES, including entries that are
     * skipped or too large (ZipInputStream would otherwise inflate their rest uncounted when moving to the next
     * entry), and reading stops at the cut. Sizes are counted while inflating, never taken from the archive;
     * names are only labels, never paths written to disk; "..", absolute paths and backslashes are refused.
     */
    private static List<Entry> readZip(byte[] zip, java.nio.charset.Charset names) throws IOException {
        List<Entry> out = new ArrayList<>();
        long[] total = {0};
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), names)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > CurationLimits.IMPORT_ZIP_ENTRIES_MAX) {
                    throw new CurationException("import.error.tooManyEntries", "more than "
                            + CurationLimits.IMPORT_ZIP_ENTRIES_MAX + " entries", CurationLimits.IMPORT_ZIP_ENTRIES_MAX);
                }
                String name = e.getName();
                String problem = null;
                boolean skip = e.isDirectory() || name.startsWith("__MACOSX/")
                        || name.substring(name.lastIndexOf('/') + 1).startsWith(".");
                if (skip) {
                    problem = "";
                } else if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    problem = "unsafe path in the archive: " + name;
                } else if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    problem = "not a Markdown (.md) file";
                }
                ByteArrayOutputStream buf = problem == null ? new ByteArrayOutputStream() : null;
                long size = inflateCounted(in, buf, total);
                if (skip) {
                    continue;
                }
                if (problem == null && size > CurationLimits.IMPORT_FILE_MAX_BYTES) {
                    problem = "file larger than " + CurationLimits.IMPORT_FILE_MAX_BYTES + " bytes";
                }
                out.add(problem != null ? new Entry(name, null, problem) : new Entry(name, buf.toByteArray(), null));
            }
        }
        return out;
    }

    /** Inflates the current entry to its end, counting every byte against the archive's total; keeps at most
     * IMPORT_FILE_MAX_BYTES in {@code buf} (null: keep nothing). Returns the entry's inflated size. */
    static long inflateCounted(InputStream in, ByteArrayOutputStream buf, long[] total) throws IOException {
        byte[] chunk = new byte[8192];
        long size = 0;
        int r;
        while ((r = in.read(chunk)) > 0) {
            size += r;
            total[0] += r;
            if (total[0] > CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES) {
                throw new CurationException("import.error.zipTooLarge", "archive unpacks to more than "
                        + CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES + " bytes",
                        CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES / (1024 * 1024));
            }
            if (buf != null && size <= CurationLimits.IMPORT_FILE_MAX_BYTES) {
                buf.write(chunk, 0, r);
            }
        }
        return size;
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
