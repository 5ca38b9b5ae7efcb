package jp.banso.formation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads municipality CSV files (columns prefecture, code, name, kana, kind, population_2020, by header name) in
 * UTF-8, with or without BOM, or in Shift_JIS as Excel saves it in Japanese offices (MS932). The encoding is
 * told apart by decoding strictly: Shift_JIS text with kanji is practically never valid UTF-8.
 */
final class MunicipalityCsv {

    static final List<String> COLUMNS = List.of("prefecture", "code", "name", "kana", "kind", "population_2020");
    static final Charset MS932 = Charset.forName("MS932");

    record Row(int line, String prefecture, String code, String name, String kana, String kind, String population) {
    }

    private MunicipalityCsv() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return utf8;
        }
        return strict(MS932, bytes, 0);
    }

    private static String strict(Charset cs, byte[] bytes, int offset) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Rows as typed (NFKC-normalised, trimmed), or the file-level problem that stops reading. */
    static List<Row> parse(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.encoding")));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> norm(h).toLowerCase(java.util.Locale.ROOT)).toList();
            List<ImportProblem> missing = new ArrayList<>();
            for (String c : COLUMNS) {
                if (!header.contains(c)) {
                    missing.add(new ImportProblem(1, "formation.import.missingColumn", c));
                }
            }
            if (!missing.isEmpty()) {
                throw new FormationImportException(missing);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (rows.size() >= FormationLimits.IMPORT_ROWS_MAX) {
                    throw new FormationImportException(List.of(
                            new ImportProblem(0, "formation.import.tooManyRows", FormationLimits.IMPORT_ROWS_MAX)));
                }
                int line = (int) parser.getCurrentLineNumber();
                rows.add(new Row(line, cell(r, header, "prefecture"), cell(r, header, "code"), cell(r, header, "name"),
                        cell(r, header, "kana"), cell(r, header, "kind"), cell(r, header, "population_2020")));
            }
            if (rows.isEmpty()) {
                throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.empty")));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports broken quoting and the like as these
            throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.unreadable")));
        }
    }

    private static String cell(CSVRecord r, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < r.size() ? norm(r.get(i)) : "";
    }

    /** Full-width digits and letters to half-width (NFKC), control characters out, trimmed. */
    static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\p{Cc}", "").strip();
    }
}
