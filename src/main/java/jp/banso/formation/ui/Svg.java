package jp.banso.formation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.Component;
import jp.banso.formation.CouncilScope;
import jp.banso.formation.FiscalYears;
import jp.banso.formation.FormationStage;
import jp.banso.formation.FormationTarget;
import jp.banso.formation.KpiPoint;
import jp.banso.formation.Labels;
import jp.banso.formation.PrefectureKpi;

/**
 * The dashboard's charts as SVG text built on the server (no JavaScript chart library): each has a title and
 * a description for screen readers, labels from the formation bundle (translated through the view that shows
 * the chart), and only a few dark colours plus dash patterns, so it stays readable in black-and-white print.
 */
final class Svg {

    static final int W = 560;
    static final int H = 380;
    private static final int LEFT = 66;
    private static final int RIGHT = 24;
    private static final int TOP = 64;
    private static final int BOTTOM = 62;
    static final String ACTUAL = "#1f6f5c";
    static final String TARGET = "#b4442c";

    private Svg() {
    }

    /** Coverage (%) or count of municipalities with a council by fiscal year, with the plan's target line. */
    static String trend(Component view, PrefectureKpi k, boolean coverage, String title) {
        CouncilScope scope = k.headlineScope();
        List<KpiPoint> points = k.history();
        FormationTarget target = (coverage ? k.coverageTarget() : k.countTarget()).orElse(null);
        int firstFy = points.get(0).fiscalYear();
        int lastFy = Math.max(points.get(points.size() - 1).fiscalYear(), target == null ? 0 : target.targetFy());
        double maxValue = coverage ? 10 : 5;
        for (KpiPoint p : points) {
            maxValue = Math.max(maxValue, value(p, scope, coverage));
        }
        if (target != null) {
            maxValue = Math.max(maxValue, target.targetValue().doubleValue());
        }
        double step = niceStep(maxValue / 5);
        double yMax = Math.ceil(maxValue / step) * step;
        String unit = coverage ? "%" : "";
        StringBuilder s = open(title, description(view, k, coverage, target));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        // grid lines and y labels
        for (double v = 0; v <= yMax + 1e-9; v += step) {
            double y = TOP + plotH - v / yMax * plotH;
            s.append(line(LEFT, y, W - RIGHT, y, "#d5dedb", 1, null));
            s.append(text(LEFT - 8, y + 5, fmt(v) + unit, "end", 18, "#33443f"));
        }
        int span = Math.max(1, lastFy - firstFy);
        int every = span > 6 ? 2 : 1;
        for (int fy = firstFy; fy <= lastFy; fy++) {
            double x = LEFT + (double) (fy - firstFy) / span * plotW;
            if ((fy - firstFy) % every == 0 || fy == lastFy) {
                s.append(text(x, H - BOTTOM + 22, FiscalYears.shortLabel(fy), "middle", 18, "#33443f"));
            }
            s.append(line(x, H - BOTTOM, x, H - BOTTOM + 5, "#33443f", 1, null));
        }
        s.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "#33443f", 1.5, null));
        s.append(text(LEFT + plotW / 2.0, H - 12, view.getTranslation("formation.chart.axisYears"), "middle", 17, "#33443f"));
        // target
        if (target != null) {
            double ty = TOP + plotH - target.targetValue().doubleValue() / yMax * plotH;
            double tx = LEFT + (double) (target.targetFy() - firstFy) / span * plotW;
            if (target.baselineValue() != null) {
                double bx = LEFT + (double) (target.baselineFy() - firstFy) / span * plotW;
                double by = TOP + plotH - target.baselineValue().doubleValue() / yMax * plotH;
                s.append(line(bx, by, tx, ty, TARGET, 2.5, "8 6"));
            } else {
                s.append(line(LEFT, ty, tx, ty, TARGET, 2.5, "8 6"));
            }
            s.append("<circle cx=\"").append(f(tx)).append("\" cy=\"").append(f(ty)).append("\" r=\"5\" fill=\"")
                    .append(TARGET).append("\"/>");
            s.append(text(tx - 6, ty - 10, view.getTranslation(coverage ? "formation.chart.targetPercent" : "formation.chart.targetCount",
                    target.targetValue().toPlainString(), FiscalYears.shortLabel(target.targetFy())), "end", 18, TARGET));
        }
        // actual
        StringBuilder path = new StringBuilder();
        for (KpiPoint p : points) {
            double x = LEFT + (double) (p.fiscalYear() - firstFy) / span * plotW;
            double y = TOP + plotH - value(p, scope, coverage) / yMax * plotH;
            path.append(path.isEmpty() ? "M" : " L").append(f(x)).append(' ').append(f(y));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(ACTUAL).append("\" stroke-width=\"3\"/>");
        for (KpiPoint p : points) {
            double x = LEFT + (double) (p.fiscalYear() - firstFy) / span * plotW;
            double y = TOP + plotH - value(p, scope, coverage) / yMax * plotH;
            s.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"4.5\" fill=\"").append(ACTUAL)
                    .append("\"><title>").append(esc(point(view, p, scope, coverage))).append("</title></circle>");
        }
        KpiPoint last = points.get(points.size() - 1);
        double lx = LEFT + (double) (last.fiscalYear() - firstFy) / span * plotW;
        double ly = TOP + plotH - value(last, scope, coverage) / yMax * plotH;
        boolean nearRight = lx > W - RIGHT - 170;
        s.append(text(nearRight ? lx - 8 : lx + 8, ly - 10, view.getTranslation("formation.chart.now", label(view, last, scope, coverage)),
                nearRight ? "end" : "start", 18, ACTUAL));
        // legend
        s.append(line(LEFT, 22, LEFT + 30, 22, ACTUAL, 3, null)).append(text(LEFT + 36, 27, view.getTranslation("formation.chart.actual"), "start", 17, "#1b2a26"));
        if (target != null) {
            s.append(line(LEFT + 90, 22, LEFT + 120, 22, TARGET, 2.5, "8 6"))
                    .append(text(LEFT + 126, 27, view.getTranslation(target.baselineValue() != null ? "formation.chart.targetLine" : "formation.chart.target"),
                            "start", 17, "#1b2a26"));
        } else {
            s.append(text(LEFT + 90, 27, view.getTranslation("formation.chart.noTarget"), "start", 17, "#5b6b66"));
        }
        return s.append("</svg>").toString();
    }

    /** How many of the prefecture's municipalities are at each stage (horizontal bars). */
    static String stages(Component view, PrefectureKpi k, String title) {
        int[] counts = new int[FormationStage.values().length];
        k.municipalities().forEach(r -> counts[r.municipality().stage().ordinal()]++);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        List<String> parts = new ArrayList<>();
        for (FormationStage st : FormationStage.values()) {
            parts.add(view.getTranslation("formation.chart.stageCount", Labels.stage(st), counts[st.ordinal()]));
        }
        int rowH = 46;
        int h = 30 + rowH * counts.length + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(h)
                .append("\" role=\"img\" class=\"formation-chart\" font-family=\"sans-serif\"><title>").append(esc(title))
                .append("</title><desc>").append(esc(String.join(view.getTranslation("formation.chart.separator"), parts)))
                .append("</desc>");
        int labelW = 178;
        int barMax = W - labelW - 110;
        for (FormationStage st : FormationStage.values()) {
            int i = st.ordinal();
            int y = 20 + i * rowH;
            double w = (double) counts[i] / max * barMax;
            String fill = st.hasCouncil() ? ACTUAL : i == 0 ? "#b9c4c0" : "#6f9f92";
            s.append(text(labelW - 10, y + 26, Labels.stage(st), "end", 19, "#1b2a26"));
            s.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 6).append("\" width=\"").append(f(Math.max(w, 1)))
                    .append("\" height=\"30\" rx=\"3\" fill=\"").append(fill).append("\"/>");
            s.append(text(labelW + Math.max(w, 1) + 8, y + 27, view.getTranslation("formation.chart.municipalities", counts[i]), "start", 19, "#1b2a26"));
        }
        return s.append("</svg>").toString();
    }

    private static String description(Component view, PrefectureKpi k, boolean coverage, FormationTarget target) {
        List<String> parts = new ArrayList<>();
        for (KpiPoint p : k.history()) {
            parts.add(point(view, p, k.headlineScope(), coverage));
        }
        String d = String.join(view.getTranslation("formation.chart.separator"), parts);
        return target == null ? d : view.getTranslation("formation.chart.withTarget", d, jp.banso.formation.Texts.target(target));
    }

    /** 令和6年度末：12.5% (or （現在） for the latest point), as a point's tooltip and in the description. */
    private static String point(Component view, KpiPoint p, CouncilScope scope, boolean coverage) {
        return view.getTranslation(p.current() ? "formation.chart.pointNow" : "formation.chart.point",
                FiscalYears.label(p.fiscalYear()), label(view, p, scope, coverage));
    }

    private static double value(KpiPoint p, CouncilScope scope, boolean coverage) {
        return coverage ? p.of(scope).coverageRatio() * 100 : p.of(scope).councils();
    }

    private static String label(Component view, KpiPoint p, CouncilScope scope, boolean coverage) {
        return coverage ? p.of(scope).coveragePercent().toPlainString() + "%"
                : view.getTranslation("formation.chart.municipalities", p.of(scope).councils());
    }

    private static StringBuilder open(String title, String desc) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" class=\"formation-chart\" font-family=\"sans-serif\"><title>" + esc(title) + "</title><desc>"
                + esc(desc) + "</desc>");
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
    }

    private static String line(double x1, double y1, double x2, double y2, String color, double width, String dash) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\"" + color
                + "\" stroke-width=\"" + f(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String t, String anchor, int size, String color) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\"" + color
                + "\">" + esc(t) + "</text>";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
