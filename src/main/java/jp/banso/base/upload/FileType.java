package jp.banso.base.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The file types Banso keeps, each with its media type and the extensions it may carry: a PDF named .png is
 * refused as much as an EXE named .pdf. {@link #detect} reads the type from the bytes.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    /** Entries read from an Office archive's directory before giving up: real documents have a few dozen. */
    static final int OFFICE_ENTRIES_MAX = 2000;

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean matchesName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> n.endsWith("." + e));
    }

    /** The type the bytes really are, or null when they are none of these. */
    public static FileType detect(byte[] b) {
        if (b == null || b.length == 0) {
            return null;
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF; // %PDF-
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return GIF;
        }
        if (b.length >= 12 && startsWith(b, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        // Office files: POI knows their signatures
        return switch (FileMagic.valueOf(b)) {
            case OOXML -> office(b);
            case OLE2 -> legacyOffice(b);
            default -> null;
        };
    }

    /** A zip archive (local file header or an empty archive's end record). */
    public static boolean isZip(byte[] b) {
        return startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06);
    }

    /**
     * Word or Excel by the parts the archive's central directory names; only the directory is read, nothing is
     * inflated, so a small file that would unpack into gigabytes costs nothing here.
     */
    private static FileType office(byte[] b) {
        boolean types = false;
        boolean word = false;
        boolean excel = false;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(b)).get()) {
            int n = 0;
            for (var it = zip.getEntries().asIterator(); it.hasNext() && n < OFFICE_ENTRIES_MAX; n++) {
                ZipArchiveEntry e = it.next();
                types |= e.getName().equals("[Content_Types].xml");
                word |= e.getName().equals("word/document.xml");
                excel |= e.getName().equals("xl/workbook.xml");
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!types || word == excel) {
            return null;
        }
        return word ? DOCX : XLSX;
    }

    /** Word 97-2003 or Excel 97-2003 by the stream the compound file holds. */
    private static FileType legacyOffice(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            boolean word = root.hasEntry("WordDocument");
            boolean excel = root.hasEntry("Workbook") || root.hasEntry("Book");
            if (word == excel) {
                return null;
            }
            return word ? DOC : XLS;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
}
