package jp.banso.formation;

import java.time.LocalDate;

/** Japanese fiscal years (April to March) and their era names: 令和2年度 = FY2020, R12 = FY2030. */
public final class FiscalYears {

    private FiscalYears() {
    }

    public static int of(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    public static LocalDate start(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    public static LocalDate end(int fy) {
        return LocalDate.of(fy + 1, 3, 31);
    }

    /** 令和5年度, 令和元年度, 平成30年度. */
    public static String label(int fy) {
        if (fy >= 2019) {
            return "令和" + (fy == 2019 ? "元" : String.valueOf(fy - 2018)) + "年度";
        }
        if (fy >= 1989) {
            return "平成" + (fy == 1989 ? "元" : String.valueOf(fy - 1988)) + "年度";
        }
        return fy + "年度";
    }

    /** Short form for chart axes: R2, R12, H30. */
    public static String shortLabel(int fy) {
        return fy >= 2019 ? "R" + (fy - 2018) : "H" + (fy - 1988);
    }
}
