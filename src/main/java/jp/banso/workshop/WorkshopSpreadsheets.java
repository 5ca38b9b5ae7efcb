package jp.banso.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.base.i18n.BansoI18NProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Excel and CSV in Japanese (the people who open them work in Japanese): the export with every row and a
 * per-theme summary, the offline template, and reading a filled template back with row-level errors.
 */
@Component
class WorkshopSpreadsheets {

    /** A valid row read from a filled template. */
    record ImportedRow(String displayName, Affiliation affiliation, String organisation, RowText text) {
    }

    static final String ROWS_SHEET = "課題シート";
    static final String THEMES_SHEET = "テーマ別";
    static final List<String> TEMPLATE_HEADERS = List.of("氏名", "所属区分", "所属組織", "項目", "内容",
            "何があったらもっと良い解決方法になったか");
    private static final List<String> EXPORT_HEADERS = List.of("参加者", "所属区分", "所属組織", "項目", "内容",
            "何があったらもっと良い解決方法になったか", "テーマ", "意見交換の対象", "ドット数");

    static String label(Affiliation a) {
        return BansoI18NProvider.translate(Locale.JAPANESE, "workshop.affiliation." + a.name());
    }

    static String participantName(String name) {
        return name == null || name.isBlank() ? BansoI18NProvider.translate(Locale.JAPANESE, "workshop.anonymous") : name;
    }

    private static List<List<String>> exportRows(Board b) {
        Map<Long, String> themes = b.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        List<List<String>> out = new ArrayList<>();
        for (BoardRow r : b.rows()) {
            out.add(List.of(participantName(r.participantName()), label(r.affiliation()), r.organisation(), r.item(),
                    r.content(), r.improvement(), r.themeId() == null ? "" : themes.getOrDefault(r.themeId(), ""),
                    r.forDiscussion() ? "○" : "", String.valueOf(r.votes())));
        }
        return out;
    }

    byte[] export(Board b) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = headerStyle(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = wb.createSheet(ROWS_SHEET);
            writeRow(sheet.createRow(0), EXPORT_HEADERS, header);
            int i = 1;
            for (List<String> r : exportRows(b)) {
                Row row = sheet.createRow(i++);
                for (int c = 0; c < r.size(); c++) {
                    if (c == r.size() - 1) {
                        row.createCell(c).setCellValue(Integer.parseInt(r.get(c)));
                    } else {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(r.get(c));
                        cell.setCellStyle(wrap);
                    }
                }
            }
            int[] widths = {16, 16, 24, 24, 50, 50, 20, 10, 8};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);

            Sheet summary = wb.createSheet(THEMES_SHEET);
            writeRow(summary.createRow(0), List.of("テーマ", "行数", "ドット数", "意見交換の対象", "所属区分の内訳", "項目"), header);
            Map<Long, List<BoardRow>> byTheme = new LinkedHashMap<>();
            b.themes().forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
            byTheme.put(null, new ArrayList<>());
            b.rows().forEach(r -> byTheme.computeIfAbsent(r.themeId(), k -> new ArrayList<>()).add(r));
            Map<Long, String> names = b.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
            int s = 1;
            for (var e : byTheme.entrySet()) {
                List<BoardRow> rows = e.getValue();
                if (e.getKey() == null && rows.isEmpty()) {
                    continue;
                }
                Row row = summary.createRow(s++);
                row.createCell(0).setCellValue(e.getKey() == null ? "（未分類）" : names.get(e.getKey()));
                row.createCell(1).setCellValue(rows.size());
                row.createCell(2).setCellValue(rows.stream().mapToInt(BoardRow::votes).sum());
                row.createCell(3).setCellValue(rows.stream().filter(BoardRow::forDiscussion).count());
                row.createCell(4).setCellValue(rows.stream()
                        .collect(Collectors.groupingBy(r -> label(r.affiliation()), LinkedHashMap::new, Collectors.counting()))
                        .entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining("、")));
                Cell items = row.createCell(5);
                items.setCellValue(rows.stream().map(BoardRow::item).filter(x -> !x.isBlank())
                        .collect(Collectors.joining("\n")));
                items.setCellStyle(wrap);
            }
            int[] sw = {24, 8, 10, 14, 40, 50};
            for (int c = 0; c < sw.length; c++) {
                summary.setColumnWidth(c, sw[c] * 256);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark: without it Excel reads Japanese CSV as Shift_JIS and shows garbage. */
    byte[] csv(Board b) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        csvLine(sb, EXPORT_HEADERS);
        exportRows(b).forEach(r -> csvLine(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(jp.banso.base.SpreadsheetCells.csvField(cells.get(i)));
        }
        sb.append("\r\n");
    }

    byte[] template(WorkshopSession session) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(ROWS_SHEET);
            writeRow(sheet.createRow(0), TEMPLATE_HEADERS, headerStyle(wb));
            int[] widths = {16, 18, 24, 24, 50, 50};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            String[] labels = Arrays.stream(Affiliation.values()).map(WorkshopSpreadsheets::label).toArray(String[]::new);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            sheet.addValidationData(dv.createValidation(dv.createExplicitListConstraint(labels),
                    new CellRangeAddressList(1, WorkshopLimits.IMPORT_ROWS_MAX, 1, 1)));
            Sheet about = wb.createSheet("説明");
            String[] lines = {session.title(), "1行に1項目。氏名は空欄なら匿名。所属区分は一覧から選んでください。",
                    "項目 " + WorkshopLimits.ITEM_MAX + "字、内容・改善は各 " + WorkshopLimits.CONTENT_MAX + "字まで。",
                    "所属区分: " + String.join("、", labels)};
            for (int i = 0; i < lines.length; i++) {
                about.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every filled row; throws {@link WorkshopImportException} listing each bad row, returning nothing.
     * Bounded work whatever the file: at most IMPORT_BYTES_MAX bytes are taken from the upload (into a temp
     * file), the sheet is streamed with POI's SAX reader (XSSFReader; the DOM XSSFWorkbook grew the heap by
     * 3.2 GB for 100,000 rows), each XML part is cut at IMPORT_XML_BYTES_MAX inflated bytes, and reading stops
     * at the first row past IMPORT_ROWS_MAX.
     */
    List<ImportedRow> read(InputStream in) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("banso-import-", ".xlsx");
        try {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
                in.transferTo(new BoundedOutputStream(out, WorkshopLimits.IMPORT_BYTES_MAX));
            } catch (TooLarge e) {
                throw tooLarge();
            }
            return readFile(tmp.toFile());
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private static WorkshopImportException tooLarge() {
        return new WorkshopImportException(List.of(new ImportError(0, "workshop.import.tooLarge",
                String.valueOf(WorkshopLimits.IMPORT_BYTES_MAX / (1024 * 1024)))));
    }

    private List<ImportedRow> readFile(java.io.File file) throws IOException {
        RowCollector collector = new RowCollector();
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file,
                org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            org.apache.poi.xssf.model.SharedStrings strings = sharedStrings(pkg);
            org.apache.poi.xssf.model.StylesTable styles = new org.apache.poi.xssf.model.StylesTable();
            for (org.apache.poi.openxml4j.opc.PackagePart part : pkg.getPartsByContentType(
                    org.apache.poi.xssf.usermodel.XSSFRelation.STYLES.getContentType())) {
                try (InputStream st = bounded(part.getInputStream())) {
                    styles.readFrom(st);
                }
            }
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator sheets =
                    (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
            org.apache.poi.openxml4j.opc.PackagePart chosen = null;
            while (sheets.hasNext()) {
                sheets.next().close();
                org.apache.poi.openxml4j.opc.PackagePart part = sheets.getSheetPart();
                if (chosen == null || ROWS_SHEET.equals(sheets.getSheetName())) {
                    chosen = part;
                }
                if (ROWS_SHEET.equals(sheets.getSheetName())) {
                    break;
                }
            }
            if (chosen == null) {
                throw new WorkshopImportException(List.of(new ImportError(1, "workshop.import.header", TEMPLATE_HEADERS.get(0))));
            }
            org.xml.sax.XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
            xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(styles, null, strings,
                    collector, new DataFormatter(Locale.JAPAN), false));
            try (InputStream sheet = bounded(chosen.getInputStream())) {
                xml.parse(new org.xml.sax.InputSource(sheet));
            } catch (StopReading enough) {
                // the row limit was reached: the rest of the sheet is not read
            }
        } catch (WorkshopImportException e) {
            throw e;
        } catch (TooLarge e) {
            throw tooLarge();
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        collector.finish();
        if (!collector.errors.isEmpty()) {
            throw new WorkshopImportException(collector.errors);
        }
        if (collector.rows.isEmpty()) {
            throw new WorkshopImportException(List.of(new ImportError(2, "workshop.import.noRows", "")));
        }
        return collector.rows;
    }

    private static org.apache.poi.xssf.model.SharedStrings sharedStrings(org.apache.poi.openxml4j.opc.OPCPackage pkg)
            throws IOException, org.xml.sax.SAXException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        List<org.apache.poi.openxml4j.opc.PackagePart> parts = pkg.getPartsByContentType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(new java.io.ByteArrayInputStream(
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8)));
        }
        try (InputStream in = bounded(parts.get(0).getInputStream())) {
            return new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(in);
        }
    }

    /** An XML part, cut at IMPORT_XML_BYTES_MAX inflated bytes (a small zip can inflate to gigabytes). */
    private static InputStream bounded(InputStream in) {
        return new java.io.FilterInputStream(in) {
            long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++count > WorkshopLimits.IMPORT_XML_BYTES_MAX) {
                    throw new TooLarge();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0 && (count += n) > WorkshopLimits.IMPORT_XML_BYTES_MAX) {
                    throw new TooLarge();
                }
                return n;
            }
        };
    }

    /** Thrown through POI and the SAX parser when a limit is passed; unchecked so no layer wraps it away. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class BoundedOutputStream extends java.io.FilterOutputStream {
        private final long max;
        private long count;

        BoundedOutputStream(java.io.OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count > max) {
                throw new TooLarge();
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if ((count += len) > max) {
                throw new TooLarge();
            }
            out.write(b, off, len);
        }
    }

    /** Receives the streamed cells row by row and applies the template's rules to each filled row. */
    private static final class RowCollector implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
        final Map<String, Affiliation> byLabel = Arrays.stream(Affiliation.values())
                .collect(Collectors.toMap(WorkshopSpreadsheets::label, Function.identity()));
        final List<ImportedRow> rows = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        String[] v = new String[TEMPLATE_HEADERS.size()];
        boolean headerSeen;

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(v, "");
        }

        @Override
        public void cell(String ref, String formatted, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            if (ref == null) {
                return;
            }
            int c = new org.apache.poi.ss.util.CellReference(ref).getCol();
            if (c < v.length) {
                v[c] = formatted == null ? "" : formatted;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                checkHeader(rowNum == 0 ? v : new String[v.length]);
                headerSeen = true;
                return;
            }
            String[] cells = new String[v.length];
            boolean blank = true;
            for (int c = 0; c < v.length; c++) {
                cells[c] = TextRules.clean(v[c]);
                blank &= cells[c].isBlank();
            }
            if (blank) {
                return;
            }
            int excelRow = rowNum + 1;
            if (rows.size() + errors.size() >= WorkshopLimits.IMPORT_ROWS_MAX) {
                errors.add(new ImportError(excelRow, "workshop.import.tooManyRows", String.valueOf(WorkshopLimits.IMPORT_ROWS_MAX)));
                throw new StopReading();
            }
            Optional<Affiliation> aff = Optional.ofNullable(byLabel.get(cells[1].strip()))
                    .or(() -> Arrays.stream(Affiliation.values()).filter(a -> a.name().equalsIgnoreCase(cells[1].strip())).findFirst());
            int before = errors.size();
            if (aff.isEmpty()) {
                errors.add(new ImportError(excelRow, "workshop.import.affiliation", cells[1]));
            }
            check(errors, excelRow, TextRules.line(cells[0]), WorkshopLimits.DISPLAY_NAME_MAX, "workshop.import.name");
            check(errors, excelRow, TextRules.line(cells[2]), WorkshopLimits.ORGANISATION_MAX, "workshop.import.organisation");
            check(errors, excelRow, cells[3], WorkshopLimits.ITEM_MAX, "workshop.import.item");
            check(errors, excelRow, cells[4], WorkshopLimits.CONTENT_MAX, "workshop.import.content");
            check(errors, excelRow, cells[5], WorkshopLimits.IMPROVEMENT_MAX, "workshop.import.improvement");
            if (cells[3].isBlank() && cells[4].isBlank() && cells[5].isBlank()) {
                errors.add(new ImportError(excelRow, "workshop.import.empty", ""));
            }
            if (errors.size() == before) {
                rows.add(new ImportedRow(TextRules.line(cells[0]), aff.get(), TextRules.line(cells[2]),
                        new RowText(cells[3], cells[4], cells[5])));
            }
        }

        private void checkHeader(String[] head) {
            for (int c = 0; c < TEMPLATE_HEADERS.size(); c++) {
                String h = head[c] == null ? "" : head[c].strip();
                if (!TEMPLATE_HEADERS.get(c).equals(h)) {
                    throw new WorkshopImportException(List.of(new ImportError(1, "workshop.import.header", TEMPLATE_HEADERS.get(c))));
                }
            }
        }

        /** A sheet without any row never reached endRow: its header is missing. */
        void finish() {
            if (!headerSeen) {
                checkHeader(new String[v.length]);
            }
        }
    }

    private static void check(List<ImportError> errors, int row, String v, int max, String key) {
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(new ImportError(row, key, String.valueOf(max)));
        }
    }

    private static CellStyle headerStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
