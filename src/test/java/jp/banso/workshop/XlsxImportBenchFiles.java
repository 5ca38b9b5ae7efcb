package jp.banso.workshop;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Big filled templates for the import's bound tests and benchmark, written by POI's streaming writer. */
public final class XlsxImportBenchFiles {

    private XlsxImportBenchFiles() {
    }

    public static Path write(Path file, int rows) throws Exception {
        return write(file, rows, true);
    }

    static Path write(Path file, int rows, boolean sharedStrings) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, sharedStrings)) {
            Sheet s = wb.createSheet(WorkshopSpreadsheets.ROWS_SHEET);
            Row head = s.createRow(0);
            for (int c = 0; c < WorkshopSpreadsheets.TEMPLATE_HEADERS.size(); c++) {
                head.createCell(c).setCellValue(WorkshopSpreadsheets.TEMPLATE_HEADERS.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("山田");
                r.createCell(1).setCellValue("住宅部局");
                r.createCell(3).setCellValue("空き家");
                r.createCell(4).setCellValue("活用が進まない " + (i % 100));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }
}
