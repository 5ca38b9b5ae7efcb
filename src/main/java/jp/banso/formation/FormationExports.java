package jp.banso.formation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** A prefecture's dashboard as CSV (UTF-8 with BOM, so Excel opens it as such) and as .xlsx (KPI sheet and table). */
@Component
class FormationExports {

    static final List<String> HEADERS = List.of("団体コード", "市区町村", "ふりがな", "種別", "人口（令和2年国勢調査）", "段階",
            "段階の日付", "協議会の形態", "協議会ありとして数える", "手引きの進捗（%）");

    byte[] csv(PrefectureKpi k) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, HEADERS);
        rows(k).forEach(r -> line(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(jp.banso.base.SpreadsheetCells.csvField(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static List<List<String>> rows(PrefectureKpi k) {
        List<List<String>> out = new ArrayList<>();
        for (MunicipalityRow r : k.municipalities()) {
            Municipality m = r.municipality();
            out.add(List.of(m.code(), m.name(), m.kana(), m.kind(), String.valueOf(m.population2020()), Labels.stage(m.stage()),
                    Labels.date(m.stageDate(), m.datePrecision()), Labels.councilType(m.councilType()),
                    k.headlineScope().counts(m.stage(), m.councilType()) ? "はい" : "いいえ",
                    r.playbookProgressPercent() == null ? "" : String.valueOf(r.playbookProgressPercent())));
        }
        return out;
    }

    byte[] xlsx(PrefectureKpi k) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet kpi = wb.createSheet("KPI");
            int r = 0;
            r = pair(kpi, r, "都道府県", k.prefecture().name() + "（" + k.prefecture().code() + "）");
            r = pair(kpi, r, "基準日", k.asOf().toString());
            r = pair(kpi, r, "人口カバー率（%）", k.headline().coveragePercent().toPlainString());
            r = pair(kpi, r, "協議会のある市町村数", String.valueOf(k.headline().councils()));
            r = pair(kpi, r, "数える範囲", Texts.scope(k.headlineScope()));
            r = pair(kpi, r, "定義", Texts.COVERAGE_DEFINITION);
            r = pair(kpi, r, "出典", Texts.SOURCE);
            for (FormationTarget t : k.coverageTarget().stream().toList()) {
                r = pair(kpi, r, "目標（人口カバー率）", Texts.target(t));
            }
            for (FormationTarget t : k.countTarget().stream().toList()) {
                r = pair(kpi, r, "目標（市町村数）", Texts.target(t));
            }
            r++;
            Row h = kpi.createRow(r++);
            String[] hist = {"年度", "人口カバー率・単独（%）", "人口カバー率・広域含む（%）", "市町村数・単独", "市町村数・広域含む"};
            for (int i = 0; i < hist.length; i++) {
                h.createCell(i).setCellValue(hist[i]);
                h.getCell(i).setCellStyle(bold);
            }
            for (KpiPoint p : k.history()) {
                Row row = kpi.createRow(r++);
                row.createCell(0).setCellValue(FiscalYears.label(p.fiscalYear()) + (p.current() ? "（現在）" : "末"));
                row.createCell(1).setCellValue(p.own().coveragePercent().doubleValue());
                row.createCell(2).setCellValue(p.ownOrJoint().coveragePercent().doubleValue());
                row.createCell(3).setCellValue(p.own().councils());
                row.createCell(4).setCellValue(p.ownOrJoint().councils());
            }
            kpi.setColumnWidth(0, 30 * 256);
            kpi.setColumnWidth(1, 60 * 256);

            Sheet table = wb.createSheet("市町村");
            Row header = table.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (List<String> cells : rows(k)) {
                Row row = table.createRow(n++);
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i);
                    // population and progress as numbers, so Excel can sum and sort them
                    if ((i == 4 || i == 9) && !c.isEmpty()) {
                        row.createCell(i).setCellValue(Long.parseLong(c));
                    } else {
                        row.createCell(i).setCellValue(c);
                    }
                }
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                table.setColumnWidth(i, (i == 1 || i == 2 ? 16 : 14) * 256);
            }
            table.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
