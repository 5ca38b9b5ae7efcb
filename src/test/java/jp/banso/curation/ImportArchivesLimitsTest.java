package jp.banso.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each zip limit at its edge: exactly the limit passes, one more is refused (found by PIT: the checks
 * could be moved by one without any test noticing).
 */
class ImportArchivesLimitsTest {

    static final Charset UTF8 = StandardCharsets.UTF_8;

    @Test
    void the_entry_limit_allows_exactly_its_number() throws Exception {
        List<ImportArchivesTest.Item> items = new ArrayList<>();
        for (int i = 0; i < CurationLimits.IMPORT_ZIP_ENTRIES_MAX; i++) {
            items.add(new ImportArchivesTest.Item("a" + i + ".md", ImportArchivesTest.MD));
        }
        assertThat(ImportArchives.readZip(ImportArchivesTest.zip(UTF8, items.toArray(ImportArchivesTest.Item[]::new))))
                .hasSize(CurationLimits.IMPORT_ZIP_ENTRIES_MAX);
        items.add(new ImportArchivesTest.Item("one-more.md", ImportArchivesTest.MD));
        byte[] over = ImportArchivesTest.zip(UTF8, items.toArray(ImportArchivesTest.Item[]::new));
        assertThatThrownBy(() -> ImportArchives.readZip(over)).isInstanceOf(CurationException.class)
                .hasMessageContaining(String.valueOf(CurationLimits.IMPORT_ZIP_ENTRIES_MAX));
    }

    @Test
    void a_file_of_exactly_the_file_limit_is_read_whole_and_one_byte_more_is_refused() throws Exception {
        int max = (int) CurationLimits.IMPORT_FILE_MAX_BYTES;
        byte[] full = new byte[max];
        java.util.Arrays.fill(full, (byte) 'a');
        List<ImportArchives.Entry> at = ImportArchives.readZip(ImportArchivesTest.zip(UTF8,
                new ImportArchivesTest.Item("full.md", full)));
        assertThat(at).singleElement().satisfies(e -> {
            assertThat(e.problem()).isNull();
            assertThat(e.bytes()).hasSize(max);
        });
        byte[] over = new byte[max + 1];
        java.util.Arrays.fill(over, (byte) 'a');
        List<ImportArchives.Entry> past = ImportArchives.readZip(ImportArchivesTest.zip(UTF8,
                new ImportArchivesTest.Item("over.md", over)));
        assertThat(past).singleElement().satisfies(e -> assertThat(e.problem()).contains(String.valueOf(max)));
    }

    @Test
    void an_archive_that_unpacks_to_exactly_the_total_limit_is_read_and_one_byte_more_is_refused() throws Exception {
        long total = CurationLimits.IMPORT_ZIP_TOTAL_MAX_BYTES;
        int file = (int) CurationLimits.IMPORT_FILE_MAX_BYTES;
        List<ImportArchivesTest.Item> items = new ArrayList<>();
        long left = total;
        for (int i = 0; left > 0; i++) {
            int n = (int) Math.min(file, left);
            items.add(new ImportArchivesTest.Item("part" + i + ".md", new byte[n]));
            left -= n;
        }
        assertThat(ImportArchives.readZip(ImportArchivesTest.zip(UTF8, items.toArray(ImportArchivesTest.Item[]::new))))
                .hasSize(items.size());
        items.add(new ImportArchivesTest.Item("one-more-byte.md", new byte[1]));
        byte[] over = ImportArchivesTest.zip(UTF8, items.toArray(ImportArchivesTest.Item[]::new));
        assertThatThrownBy(() -> ImportArchives.readZip(over)).isInstanceOf(CurationException.class)
                .hasMessageContaining(String.valueOf(total));
    }

    @Test
    void an_upload_is_read_up_to_its_limit_and_refused_past_it() throws Exception {
        assertThat(ImportArchives.readLimited(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> ImportArchives.readLimited(new ByteArrayInputStream(new byte[4]), 3))
                .isInstanceOf(CurationException.class).hasMessageContaining("3 bytes");
        long twoMb = 2L * 1024 * 1024;
        assertThatThrownBy(() -> ImportArchives.readLimited(new ByteArrayInputStream(new byte[(int) twoMb + 1]), twoMb))
                .isInstanceOfSatisfying(CurationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("upload.error.tooLarge");
                    assertThat(e.args()).as("the limit in MB, for the Japanese message").containsExactly(2L);
                });
    }

    @Test
    void text_must_be_utf_8() {
        assertThat(ImportArchives.utf8("居住支援".getBytes(UTF8))).isEqualTo("居住支援");
        assertThat(ImportArchives.utf8("居住支援".getBytes(Charset.forName("Shift_JIS")))).isNull();
    }
}
