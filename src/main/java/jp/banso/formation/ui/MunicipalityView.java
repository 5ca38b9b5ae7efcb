package jp.banso.formation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.banso.formation.CouncilType;
import jp.banso.formation.DatePrecision;
import jp.banso.formation.FormationException;
import jp.banso.formation.FormationLimits;
import jp.banso.formation.FormationService;
import jp.banso.formation.FormationStage;
import jp.banso.formation.Labels;
import jp.banso.formation.Municipality;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.StageChange;
import jp.banso.formation.StageChangeDraft;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;

/**
 * One municipality: its current stage and evidence (public); for advisers and facilitators the form to record
 * the next stage and the full history of changes, who made them and when.
 */
@Route("formation/municipality")
@AnonymousAllowed
public class MunicipalityView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(jp.banso.base.AppZone.zone());

    final Select<FormationStage> stage = new Select<>();
    final DatePicker date = new DatePicker();
    final RadioButtonGroup<DatePrecision> precision = new RadioButtonGroup<>();
    final RadioButtonGroup<CouncilType> councilType = new RadioButtonGroup<>();
    final TextArea evidence = new TextArea();
    final TextField evidenceUrl = new TextField();
    final Button save = new Button();
    final Div error = new Div();
    final Paragraph current = new Paragraph();
    final Grid<StageChange> history = new Grid<>();

    private final transient FormationService formation;
    private final transient PlaybookRunService runs;
    private final transient PlaybookService playbooks;
    private Municipality municipality;
    RunsPanel runsPanel;

    public MunicipalityView(FormationService formation, PlaybookRunService runs, PlaybookService playbooks) {
        this.formation = formation;
        this.runs = runs;
        this.playbooks = playbooks;
        addClassName("formation-municipality");
        // listeners once, here: build() runs again after every recorded stage
        stage.addValueChangeListener(e -> councilType.setVisible(e.getValue() != null && e.getValue().hasCouncil()));
        save.addClickListener(e -> record());
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        municipality = formation.municipality(code).orElse(null);
        if (municipality == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("formation.municipality.notFound", code));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        Municipality m = municipality;
        add(new Anchor("formation/" + prefectureOf(m), "← " + getTranslation("formation.municipality.back")),
                new H1(m.name()), new Paragraph(getTranslation("formation.municipality.facts", m.code(), m.kana(),
                        String.format(Locale.JAPAN, "%,d", m.population2020()))));
        current.setText(getTranslation("formation.municipality.current", Labels.stage(m.stage()),
                m.stageDate() == null ? getTranslation("formation.municipality.noDate") : Labels.date(m.stageDate(), m.datePrecision()),
                m.councilType() == null ? "" : "（" + Labels.councilType(m.councilType()) + "）"));
        current.addClassName("formation-current");
        add(current);
        if (CurrentUser.username().isPresent()) {
            runsPanel = new RunsPanel(runs, playbooks, m.code());
            add(runsPanel);
        }
        boolean editor = CurrentUser.hasRole(AppRoles.ADVISER) || CurrentUser.hasRole(AppRoles.FACILITATOR)
                || CurrentUser.hasRole(AppRoles.ADMIN);
        if (!editor) {
            return;
        }
        stage.setLabel(getTranslation("formation.col.stage"));
        stage.setItems(FormationStage.values());
        stage.setItemLabelGenerator(Labels::stage);
        stage.setValue(m.stage().ordinal() < FormationStage.ACTIVE.ordinal()
                ? FormationStage.values()[m.stage().ordinal() + 1] : m.stage());
        date.setLabel(getTranslation("formation.stage.date"));
        precision.setLabel(getTranslation("formation.stage.precision"));
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(p -> getTranslation("formation.precision." + p.name()));
        precision.setValue(DatePrecision.DAY);
        councilType.setLabel(getTranslation("formation.col.councilType"));
        councilType.setItems(CouncilType.values());
        councilType.setItemLabelGenerator(Labels::councilType);
        councilType.setValue(m.councilType() == null ? CouncilType.OWN : m.councilType());
        councilType.setVisible(stage.getValue().hasCouncil());
        evidence.setLabel(getTranslation("formation.stage.evidence"));
        evidence.setMaxLength(FormationLimits.EVIDENCE_MAX);
        evidence.setWidthFull();
        evidenceUrl.setLabel(getTranslation("formation.stage.evidenceUrl"));
        evidenceUrl.setMaxLength(FormationLimits.EVIDENCE_URL_MAX);
        evidenceUrl.setWidthFull();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("formation.stage.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(stage, date, precision, councilType);
        row.addClassName("formation-form-row");
        add(new H2(getTranslation("formation.stage.record")), row, evidence, evidenceUrl, error, save);

        history.removeAllColumns();
        history.addColumn(c -> Labels.stage(c.stage())).setHeader(getTranslation("formation.col.stage")).setAutoWidth(true);
        history.addColumn(c -> Labels.date(c.stageDate(), c.datePrecision())).setHeader(getTranslation("formation.stage.date")).setAutoWidth(true);
        history.addColumn(c -> Labels.councilType(c.councilType())).setHeader(getTranslation("formation.col.councilType")).setAutoWidth(true);
        history.addColumn(c -> c.evidence() + (c.evidenceUrl().isEmpty() ? "" : " " + c.evidenceUrl()))
                .setHeader(getTranslation("formation.stage.evidence")).setFlexGrow(1);
        history.addColumn(c -> c.changedBy() + " " + WHEN.format(c.changedAt())).setHeader(getTranslation("formation.stage.changedBy"))
                .setAutoWidth(true);
        history.setAllRowsVisible(true);
        List<StageChange> changes = formation.history(m.code());
        List<StageChange> newestFirst = new java.util.ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        history.setItems(newestFirst);
        add(new H2(getTranslation("formation.stage.history")), history);
    }

    void record() {
        error.setText("");
        try {
            municipality = formation.recordStage(municipality.code(), municipality.version(), new StageChangeDraft(stage.getValue(),
                    date.getValue(), precision.getValue(), councilType.getValue(), evidence.getValue(), evidenceUrl.getValue()));
            build();
        } catch (FormationException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private static String prefectureOf(Municipality m) {
        return m.prefectureCode();
    }

    @Override
    public String getPageTitle() {
        return (municipality == null ? "" : municipality.name() + " | ") + getTranslation("app.name");
    }
}
