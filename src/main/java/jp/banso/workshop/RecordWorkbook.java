package jp.banso.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.banso.base.SpreadsheetCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The session record as an Excel workbook, in Japanese: 次第, attendance by affiliation, the issue-sheet rows by
 * theme with their votes, and one sheet per group's worksheet. Written with POI's streaming writer (a window of
 * rows in memory, the rest in a temporary file), so a large session does not grow the heap.
 */
final class RecordWorkbook {

    /** Rows SXSSF keeps in memory per sheet; every sheet is written top to bottom, never revisited. */
    private static final int WINDOW = 100;

    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final CellStyle bold;
    private final CellStyle wrap;
    /** The same styles with Excel's text prefix, for cells a spreadsheet would otherwise run as formulas. */
    private final java.util.Map<CellStyle, CellStyle> asText = new java.util.HashMap<>();

    private RecordWorkbook() {
        Font font = wb.createFont();
        font.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        // Excel's own way to keep "=…" a text: the cell keeps its exact words and is not read as a formula even
        // when someone edits it (an apostrophe in the value, as in the CSV, would show in the record)
        for (CellStyle style : List.of(bold, wrap)) {
            CellStyle text = wb.createCellStyle();
            text.cloneStyleFrom(style);
            text.setQuotePrefixed(true);
            asText.put(style, text);
        }
    }

    static byte[] write(SessionRecords.Content record) {
        RecordWorkbook w = new RecordWorkbook();
        try (SXSSFWorkbook wb = w.wb) {
            w.agenda(record);
            w.attendance(record);
            w.issues(record);
            record.tables().forEach(w::table);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void agenda(SessionRecords.Content record) {
        WorkshopSession s = record.session();
        Sheet sheet = sheet(t("groupwork.record.agenda"), 4, 30, 6);
        int r = 0;
        text(sheet.createRow(r++), 0, s.title(), bold);
        r = fact(sheet, r, "groupwork.record.date", SessionRecords.DATE.format(s.startsAt()));
        r = fact(sheet, r, "groupwork.record.place", s.place());
        r = fact(sheet, r, "groupwork.record.host", s.hostMunicipality());
        r++;
        header(sheet, r++, List.of(t("groupwork.record.col.order"), t("groupwork.record.col.agendaItem"),
                t("groupwork.record.col.minutes")));
        for (AgendaItem a : record.agenda()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(a.position() + 1);
            text(row, 1, a.title(), wrap);
            row.createCell(2).setCellValue(a.minutes());
        }
    }

    private int fact(Sheet sheet, int r, String labelKey, String value) {
        if (value.isBlank()) {
            return r;
        }
        Row row = sheet.createRow(r);
        text(row, 0, t(labelKey), bold);
        text(row, 1, value, wrap);
        return r + 1;
    }

    private void attendance(SessionRecords.Content record) {
        Sheet sheet = sheet(t("groupwork.record.attendance"), 12, 5, 40);
        text(sheet.createRow(0), 0, t("groupwork.record.total", record.attendees()), bold);
        header(sheet, 2, List.of(t("groupwork.record.col.affiliation"), t("groupwork.record.col.count"),
                t("groupwork.record.col.names")));
        int r = 3;
        for (SessionRecords.Attendance a : record.attendance()) {
            Row row = sheet.createRow(r++);
            text(row, 0, t("workshop.affiliation." + a.affiliation().name()), wrap);
            row.createCell(1).setCellValue(a.count());
            text(row, 2, String.join("、", a.names()), wrap);
        }
        Row total = sheet.createRow(r);
        text(total, 0, t("groupwork.record.col.total"), bold);
        total.createCell(1).setCellValue(record.attendees());
        sheet.createFreezePane(0, 3);
    }

    private void issues(SessionRecords.Content record) {
        Sheet sheet = sheet(t("groupwork.record.issues"), 12, 14, 26, 26, 5);
        List<String> head = new ArrayList<>(List.of(t("groupwork.record.col.theme"), t("groupwork.col.item"),
                t("groupwork.col.content"), t("groupwork.col.improvement"), t("groupwork.record.votes")));
        header(sheet, 0, head);
        int r = 1;
        for (SessionRecords.ThemeRows theme : record.issues()) {
            for (BoardRow b : theme.rows()) {
                Row row = sheet.createRow(r++);
                text(row, 0, theme.theme(), wrap);
                text(row, 1, b.item(), wrap);
                text(row, 2, b.content(), wrap);
                text(row, 3, b.improvement(), wrap);
                row.createCell(4).setCellValue(b.votes());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private void table(SessionRecords.TableSheet g) {
        List<String> cols = g.worksheet().columns();
        int[] widths = new int[cols.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Worksheet.maxLength(cols.get(c)) <= GroupWorkLimits.SHORT_CELL_MAX ? 12 : 24;
        }
        Sheet sheet = sheet(t("groupwork.sheet.table", g.tableNo()), widths);
        text(sheet.createRow(0), 0, SessionRecords.tableHeading(g), bold);
        header(sheet, 2, cols.stream().map(c -> t("groupwork.col." + c)).toList());
        int r = 3;
        for (List<String> values : g.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                text(row, c, values.get(c), wrap);
            }
        }
        if (!g.notes().isBlank()) {
            r++;
            text(sheet.createRow(r++), 0, t("groupwork.col.notes"), bold);
            text(sheet.createRow(r), 0, g.notes(), wrap);
            // the notes are one long text: let it run across the sheet's width
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, cols.size() - 1));
        }
        sheet.createFreezePane(0, 3);
    }

    private Sheet sheet(String name, int... widthsInCharacters) {
        SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        for (int c = 0; c < widthsInCharacters.length; c++) {
            // widths in Japanese characters: one is about two of Excel's units (the width of a "0")
            sheet.setColumnWidth(c, widthsInCharacters[c] * 2 * 256);
        }
        return sheet;
    }

    private void header(Sheet sheet, int r, List<String> labels) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < labels.size(); c++) {
            text(row, c, labels.get(c), bold);
        }
    }

    /** A text cell; what a spreadsheet would run as a formula (the CSV export's rule) is kept as text. */
    private void text(Row row, int c, String value, CellStyle style) {
        String v = value == null ? "" : value;
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(SpreadsheetCells.startsFormula(v) ? asText.get(style) : style);
    }

    private static String t(String key, Object... args) {
        return SessionRecords.t(key, args);
    }
}
