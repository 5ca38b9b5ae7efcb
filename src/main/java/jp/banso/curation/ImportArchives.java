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

/** Import archives read within hard limits (file types and names are checked in jp.banso.base.upload). */
final class ImportArchives {

    private ImportArchives() {
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
