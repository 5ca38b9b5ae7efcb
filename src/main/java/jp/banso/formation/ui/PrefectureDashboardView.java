package jp.banso.formation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import jp.banso.formation.FormationService;
import jp.banso.formation.FormationStage;
import jp.banso.formation.Labels;
import jp.banso.formation.MunicipalityRow;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PrefectureKpi;
import jp.banso.formation.Texts;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;

/**
 * A prefecture's formation dashboard: KPIs with definition and source, charts over time against the plan's
 * target, municipalities by stage, the table of municipalities (sortable, filterable), print and exports.
 * Public and read-only; editors reach each municipality's stage form from the table.
 */
@Route("formation")
@AnonymousAllowed
public class PrefectureDashboardView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Grid<MunicipalityRow> grid = new Grid<>();
    final TextField nameFilter = new TextField();
    final Select<FormationStage> stageFilter = new Select<>();
    final Checkbox countedOnly = new Checkbox();
    final Span coverage = new Span();
    final Span councils = new Span();
    final Div charts = new Div();
    final Div targets = new Div();

    private final transient FormationService formation;
    private final transient PlaybookRunService runs;
    private final transient PlaybookService playbooks;
    private PrefectureKpi kpi;

    public PrefectureDashboardView(FormationService formation, PlaybookRunService runs, PlaybookService playbooks) {
        this.formation = formation;
        this.runs = runs;
        this.playbooks = playbooks;
        addClassName("formation-dashboard");
        // listeners once, here: build() runs again after a target is saved
        grid.addItemClickListener(e -> UI.getCurrent().navigate(MunicipalityView.class, e.getItem().municipality().code()));
        nameFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stageFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        countedOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        kpi = formation.prefecture(code).orElse(null);
        if (kpi == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("formation.notFound", code));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor("formation", "← " + getTranslation("formation.index.title"));
        back.addClassName("no-print");
        add(back, new H1(getTranslation("formation.dashboard.title", kpi.prefecture().name())));

        coverage.setText(kpi.headline().coveragePercent().toPlainString() + "%");
        councils.setText(kpi.headline().councils() + " / " + kpi.municipalityCount());
        Div kpis = new Div(kpiCard(coverage, getTranslation("formation.kpi.coverage"),
                        kpi.coverageTarget().map(t -> getTranslation("formation.target.label") + "：" + Texts.target(t)).orElse(getTranslation("formation.target.none"))),
                kpiCard(councils, getTranslation("formation.kpi.count"),
                        kpi.countTarget().map(t -> getTranslation("formation.target.label") + "：" + Texts.target(t)).orElse(getTranslation("formation.target.none"))));
        kpis.addClassName("formation-kpis");
        Paragraph scope = new Paragraph(getTranslation("formation.kpi.scope", Texts.scope(kpi.headlineScope()),
                kpi.ownOrJoint().coveragePercent().toPlainString(), kpi.ownOrJoint().councils(),
                kpi.own().coveragePercent().toPlainString(), kpi.own().councils()));
        Paragraph asOf = new Paragraph(getTranslation("formation.kpi.asOf", kpi.asOf().toString(),
                String.format(Locale.JAPAN, "%,d", kpi.prefecture().population2020())));
        Div definition = new Div(new Paragraph(Texts.COVERAGE_DEFINITION), new Paragraph(Texts.SOURCE));
        definition.addClassName("formation-definition");
        kpi.coverageTarget().ifPresent(t -> definition.add(new Paragraph(getTranslation("formation.target.source") + "：" + t.sourceText())));
        kpi.countTarget().ifPresent(t -> definition.add(new Paragraph(getTranslation("formation.target.source") + "：" + t.sourceText())));
        add(kpis, scope, asOf, definition);

        charts.removeAll();
        charts.addClassName("formation-charts");
        charts.add(chart(getTranslation("formation.chart.coverage"), Svg.trend(this, kpi, true, getTranslation("formation.chart.coverage"))),
                chart(getTranslation("formation.chart.count"), Svg.trend(this, kpi, false, getTranslation("formation.chart.count"))),
                chart(getTranslation("formation.chart.stages"), Svg.stages(this, kpi, getTranslation("formation.chart.stages"))));
        add(new H2(getTranslation("formation.chart.title")), charts);

        Button print = new Button(getTranslation("formation.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        Anchor csv = download("formation.export.csv", kpi.prefecture().code() + "-formation.csv", "text/csv; charset=UTF-8", true);
        Anchor xlsx = download("formation.export.xlsx", kpi.prefecture().code() + "-formation.xlsx", XLSX, false);
        Div actions = new Div(print, csv, xlsx);
        actions.addClassNames("formation-actions", "no-print");
        add(new H2(getTranslation("formation.table.title")), actions);

        nameFilter.setLabel(getTranslation("formation.filter.name"));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.EAGER);
        stageFilter.setLabel(getTranslation("formation.filter.stage"));
        stageFilter.setItems(FormationStage.values());
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("formation.filter.all"));
        stageFilter.setItemLabelGenerator(s -> s == null ? getTranslation("formation.filter.all") : Labels.stage(s));
        countedOnly.setLabel(getTranslation("formation.filter.counted"));
        Div filters = new Div(nameFilter, stageFilter, countedOnly);
        filters.addClassNames("formation-filters", "no-print");

        grid.removeAllColumns();
        Grid.Column<MunicipalityRow> name = grid.addColumn(r -> r.municipality().name()).setHeader(getTranslation("formation.col.name"))
                .setComparator(Comparator.comparing(r -> r.municipality().kana())).setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> r.municipality().code()).setHeader(getTranslation("formation.col.code")).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> String.format(Locale.JAPAN, "%,d", r.municipality().population2020()))
                .setHeader(getTranslation("formation.col.population"))
                .setComparator(Comparator.comparingLong(r -> r.municipality().population2020())).setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> Labels.stage(r.municipality().stage())).setHeader(getTranslation("formation.col.stage"))
                .setComparator(Comparator.comparing(r -> r.municipality().stage())).setAutoWidth(true);
        grid.addColumn(r -> Labels.date(r.municipality().stageDate(), r.municipality().datePrecision()))
                .setHeader(getTranslation("formation.col.date"))
                .setComparator(Comparator.comparing(r -> r.municipality().stageDate(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(r -> Labels.councilType(r.municipality().councilType())).setHeader(getTranslation("formation.col.councilType"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.playbookProgressPercent() == null ? "—" : r.playbookProgressPercent() + "%")
                .setHeader(getTranslation("formation.col.progress"))
                .setComparator(Comparator.comparing(MunicipalityRow::playbookProgressPercent, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        ListDataProvider<MunicipalityRow> data = new ListDataProvider<>(kpi.municipalities());
        grid.setItems(data);
        grid.sort(GridSortOrder.asc(name).build());
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.addClassName("no-print");
        data.setFilter(this::matches);
        add(filters, grid, printTable());

        if (CurrentUser.username().isPresent()) {
            RunsPanel prefectureRuns = new RunsPanel(runs, playbooks, kpi.prefecture().code());
            prefectureRuns.addClassName("no-print");
            add(prefectureRuns);
        }
        if (CurrentUser.hasRole(AppRoles.ADVISER) || CurrentUser.hasRole(AppRoles.ADMIN)) {
            targets.removeAll();
            targets.add(new TargetEditor(formation, kpi, this::reload));
            targets.addClassName("no-print");
            add(targets);
        }
    }

    void reload() {
        kpi = formation.prefecture(kpi.prefecture().code()).orElseThrow();
        build();
    }

    boolean matches(MunicipalityRow r) {
        String q = norm(nameFilter.getValue());
        if (!q.isEmpty() && !norm(r.municipality().name()).contains(q) && !norm(r.municipality().kana()).contains(q)
                && !r.municipality().code().startsWith(q)) {
            return false;
        }
        if (stageFilter.getValue() != null && r.municipality().stage() != stageFilter.getValue()) {
            return false;
        }
        return !countedOnly.getValue() || kpi.headlineScope().counts(r.municipality().stage(), r.municipality().councilType());
    }

    private static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** The whole table as plain HTML for printing (a Grid prints only the rows it has rendered). */
    private Div printTable() {
        StringBuilder sb = new StringBuilder("<div class=\"print-only\"><table class=\"formation-print-table\"><thead><tr>");
        for (String h : new String[] {"formation.col.name", "formation.col.code", "formation.col.population", "formation.col.stage",
                "formation.col.date", "formation.col.councilType", "formation.col.progress"}) {
            sb.append("<th>").append(Svg.esc(getTranslation(h))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        kpi.municipalities().stream().sorted(Comparator.comparing(r -> r.municipality().code())).forEach(r -> sb.append("<tr><td>")
                .append(Svg.esc(r.municipality().name())).append("</td><td>").append(r.municipality().code()).append("</td><td>")
                .append(String.format(Locale.JAPAN, "%,d", r.municipality().population2020())).append("</td><td>")
                .append(Labels.stage(r.municipality().stage())).append("</td><td>")
                .append(Labels.date(r.municipality().stageDate(), r.municipality().datePrecision())).append("</td><td>")
                .append(Labels.councilType(r.municipality().councilType())).append("</td><td>")
                .append(r.playbookProgressPercent() == null ? "—" : r.playbookProgressPercent() + "%").append("</td></tr>"));
        sb.append("</tbody></table></div>");
        Div wrapper = new Div(new Html(sb.toString()));
        return wrapper;
    }

    private Div kpiCard(Span value, String label, String target) {
        value.addClassName("formation-kpi-value");
        Span l = new Span(label);
        l.addClassName("formation-kpi-label");
        Span t = new Span(target);
        t.addClassName("formation-kpi-target");
        Div card = new Div(l, value, t);
        card.addClassName("formation-kpi");
        return card;
    }

    private Div chart(String title, String svg) {
        // inside a div: the browser then parses the SVG as innerHTML, in the SVG namespace (an <svg> root
        // element made by Vaadin would be an HTML element that draws nothing)
        com.vaadin.flow.component.html.H3 heading = new com.vaadin.flow.component.html.H3(title);
        heading.addClassName("formation-chart-title");
        Div d = new Div(heading, new Html("<div class=\"formation-svg\">" + svg + "</div>"));
        d.addClassName("formation-chart-box");
        return d;
    }

    private Anchor download(String labelKey, String fileName, String type, boolean csv) {
        String code = kpi.prefecture().code();
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = (csv ? formation.exportCsv(code) : formation.exportXlsx(code)).orElseThrow();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        a.getElement().setAttribute("download", true);
        a.addClassName("formation-download");
        return a;
    }

    @Override
    public String getPageTitle() {
        return (kpi == null ? "" : getTranslation("formation.dashboard.title", kpi.prefecture().name()) + " | ")
                + getTranslation("app.name");
    }
}
