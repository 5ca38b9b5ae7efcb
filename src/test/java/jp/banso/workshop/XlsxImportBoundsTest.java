package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel import does bounded work on the server: a byte cap on the upload, a streamed sheet, a row cap, and a
 * cut on inflated XML. The heap bound is checked in a separate JVM with -Xmx256m, as the issue asks.
 */
class XlsxImportBoundsTest {

    final WorkshopSpreadsheets sheets = new WorkshopSpreadsheets();

    @TempDir
    Path dir;

    static Path write(Path file, int rows, boolean sharedStrings) throws Exception {
        return XlsxImportBenchFiles.write(file, rows, sharedStrings);
    }

    static String key(WorkshopImportException e) {
        return e.errors().get(0).messageKey();
    }

    @Test
    void an_upload_over_the_byte_limit_is_refused_without_being_read_further() {
        byte[] big = new byte[WorkshopLimits.IMPORT_BYTES_MAX + 1];
        new Random(1).nextBytes(big);
        assertThatThrownBy(() -> sheets.read(new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(key(e)).isEqualTo("workshop.import.tooLarge"));
    }

    @Test
    void reading_stops_at_the_first_row_past_the_row_limit() throws Exception {
        Path f = write(dir.resolve("over.xlsx"), WorkshopLimits.IMPORT_ROWS_MAX + 500, true);
        assertThatThrownBy(() -> sheets.read(Files.newInputStream(f))).isInstanceOfSatisfying(WorkshopImportException.class,
                e -> assertThat(e.errors()).extracting(ImportError::rowNumber, ImportError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(WorkshopLimits.IMPORT_ROWS_MAX + 2,
                                "workshop.import.tooManyRows")));
        Path ok = write(dir.resolve("ok.xlsx"), WorkshopLimits.IMPORT_ROWS_MAX, false);
        List<WorkshopSpreadsheets.ImportedRow> rows = sheets.read(Files.newInputStream(ok));
        assertThat(rows).hasSize(WorkshopLimits.IMPORT_ROWS_MAX);
        assertThat(rows.get(6).text().content()).isEqualTo("活用が進まない 7");
        assertThat(rows.get(0).affiliation()).isEqualTo(Affiliation.HOUSING);
    }

    String probe(Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), XlsxImportProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.startsWith("outcome=")).findFirst().orElse(out);
    }

    @Test
    void a_hundred_thousand_row_file_is_refused_within_256_mb_of_heap() throws Exception {
        // the review's file: ~2 MB, 100,000 rows (the DOM reader grew the heap by 3.2 GB on it and runs out of
        // memory at -Xmx256m: see XlsxImportBench, which also reads a 1,000,000-row file)
        Path hundredK = write(dir.resolve("100k.xlsx"), 100_000, true);
        assertThat(probe(hundredK)).startsWith("outcome=workshop.import.tooManyRows ");
    }
}
