package jp.banso.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zip import: every inflated byte counts, and entry names in Shift_JIS (Windows in Japan) are read. */
class ImportArchivesTest {

    record Item(String name, byte[] bytes) {
    }

    static byte[] zip(Charset names, Item... items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the JDK sets the UTF-8 flag only when writing with UTF-8: MS932 names go out unflagged, as Windows writes them
        try (ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (Item i : items) {
                z.putNextEntry(new ZipEntry(i.name()));
                z.write(i.bytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static final byte[] MD = "---\ntitle: x\n---\n本文\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void entry_names_written_in_shift_jis_by_windows_are_read_as_japanese() throws Exception {
        byte[] z = zip(Charset.forName("MS932"), new Item("事例/焼津市の居住支援.md", MD), new Item("岡崎市.md", MD));
        List<ImportArchives.Entry> entries = ImportArchives.readZip(z);
        assertThat(entries).extracting(ImportArchives.Entry::name).containsExactly("事例/焼津市の居住支援.md", "岡崎市.md");
        assertThat(entries).allSatisfy(e -> assertThat(e.bytes()).isEqualTo(MD));
    }

    @Test
    void utf8_names_still_read_as_utf8() throws Exception {
        byte[] z = zip(StandardCharsets.UTF_8, new Item("廿日市市.md", MD));
        assertThat(ImportArchives.readZip(z)).extracting(ImportArchives.Entry::name).containsExactly("廿日市市.md");
    }

    @Test
    void names_in_neither_encoding_get_a_clear_message_not_an_uncaught_exception() throws Exception {
        // 0xFF 0xFE is neither valid UTF-8 nor MS932
        byte[] z = zip(StandardCharsets.ISO_8859_1, new Item("\u00ff\u00fe.md", MD));
        assertThatThrownBy(() -> ImportArchives.readZip(z)).isInstanceOf(CurationException.class)
                .extracting(e -> ((CurationException) e).messageKey()).isEqualTo("import.error.zipNames");
    }

    @Test
    void bytes_of_skipped_entries_count_towards_the_archive_limit() throws Exception {
        // a .txt entry is not imported, but inflating it is work all the same: it must hit the cut
        byte[] bomb = new byte[(int) CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES + 1];
        byte[] z = zip(StandardCharsets.UTF_8, new Item("a.md", MD), new Item("bomb.txt", bomb));
        assertThat(z.length).isLessThan(200_000);
        assertThatThrownBy(() -> ImportArchives.readZip(z)).isInstanceOf(CurationException.class)
                .extracting(e -> ((CurationException) e).messageKey()).isEqualTo("import.error.zipTooLarge");
    }

    @Test
    void the_rest_of_an_oversized_entry_counts_too() throws Exception {
        // each entry is over the per-file limit; together they pass the archive's: reading must stop at the cut
        int each = (int) CurationLimits.IMPORT_FILE_MAX_BYTES * 3;
        int n = (int) (CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES / each) + 1;
        Item[] items = new Item[n];
        for (int i = 0; i < n; i++) {
            items[i] = new Item("big" + i + ".md", new byte[each]);
        }
        byte[] z = zip(StandardCharsets.UTF_8, items);
        assertThatThrownBy(() -> ImportArchives.readZip(z)).isInstanceOf(CurationException.class)
                .extracting(e -> ((CurationException) e).messageKey()).isEqualTo("import.error.zipTooLarge");
    }

    @Test
    void an_entry_over_the_file_limit_is_named_and_kept_out() throws Exception {
        byte[] z = zip(StandardCharsets.UTF_8, new Item("big.md", new byte[(int) CurationLimits.IMPORT_FILE_MAX_BYTES + 1]),
                new Item("ok.md", MD));
        List<ImportArchives.Entry> entries = ImportArchives.readZip(z);
        assertThat(entries.get(0).bytes()).isNull();
        assertThat(entries.get(0).problem()).contains("larger than");
        assertThat(entries.get(1).bytes()).isEqualTo(MD);
    }
}
