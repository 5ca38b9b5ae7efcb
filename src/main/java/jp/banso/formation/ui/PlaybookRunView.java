package jp.banso.formation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.banso.base.UserFacingException;
import jp.banso.base.ui.UploadTexts;
import jp.banso.formation.FormationException;
import jp.banso.formation.FormationLimits;
import jp.banso.formation.PlaybookRun;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.RunStep;
import jp.banso.formation.StepAttachment;
import jp.banso.formation.StepStatus;
import jp.banso.formation.StepUpdate;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;

/**
 * One playbook run: progress bar and the steps in order, each with owner, due date, status, notes, evidence (a
 * link, attached documents) and a one-click workshop session; steps can be added and moved. Who may change what is decided by the service.
 */
@Route("formation/run")
@RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
public class PlaybookRunView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** One step's card and fields. */
    final class StepCard extends Div {
        final RunStep step;
        final TextField owner = new TextField(getTranslation("formation.run.owner"));
        final DatePicker due = new DatePicker(getTranslation("formation.run.due"));
        final Select<StepStatus> status = new Select<>();
        final TextArea notes = new TextArea(getTranslation("formation.run.notes"));
        final TextField evidenceUrl = new TextField(getTranslation("formation.run.evidenceUrl"));
        final Button save = new Button(getTranslation("formation.run.save"));
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final DateTimePicker sessionStart = new DateTimePicker(getTranslation("formation.run.sessionStart"));
        final Button createSession = new Button(getTranslation("formation.run.createSession"));
        final Div error = new Div();
        final UnorderedList files = new UnorderedList();
        final List<Button> removeFile = new ArrayList<>();
        Upload upload;

        StepCard(RunStep s, int index, boolean manage, boolean update, boolean facilitator, List<StepAttachment> attached) {
            this.step = s;
            addClassName("formation-step");
            addClassName("status-" + s.status().name().toLowerCase(java.util.Locale.ROOT));
            H3 title = new H3((index + 1) + ". " + s.title());
            Span badge = new Span(getTranslation("formation.run.status." + s.status().name()));
            badge.addClassName("formation-step-status");
            add(new Div(title, badge));
            if (!s.whatToDo().isEmpty()) {
                Paragraph what = new Paragraph(firstParagraph(s.whatToDo()));
                what.addClassName("formation-step-what");
                add(what);
            }
            if (s.anchor() != null) {
                add(new Anchor("library/" + run.playbookSlug() + "#" + s.anchor(), getTranslation("formation.run.readStep")));
            }
            if (!s.agenda().isEmpty()) {
                add(new Paragraph(getTranslation("formation.run.agenda") + "：" + String.join("、", s.agenda())));
            }
            if (s.evidenceSessionId() != null) {
                add(new Anchor("workshops/session/" + s.evidenceSessionId(), getTranslation("formation.run.session", s.evidenceSessionId())));
            }
            owner.setValue(s.owner() == null ? "" : s.owner());
            owner.setMaxLength(FormationLimits.USERNAME_MAX);
            owner.setHelperText(getTranslation("formation.run.owner.help"));
            due.setValue(s.dueDate());
            status.setLabel(getTranslation("formation.run.statusLabel"));
            status.setItems(StepStatus.values());
            status.setItemLabelGenerator(v -> getTranslation("formation.run.status." + v.name()));
            status.setValue(s.status());
            notes.setValue(s.notes());
            notes.setMaxLength(FormationLimits.STEP_NOTES_MAX);
            notes.setWidthFull();
            evidenceUrl.setValue(s.evidenceUrl());
            evidenceUrl.setMaxLength(FormationLimits.EVIDENCE_URL_MAX);
            // a long label is cut off on phones; the example goes in the help text, which wraps
            evidenceUrl.setHelperText(getTranslation("formation.run.evidenceUrl.help"));
            evidenceUrl.setWidthFull();
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            Div fields = new Div(status, owner, due);
            fields.addClassNames("formation-form-row", "formation-step-fields");
            add(fields, notes, evidenceUrl);
            addFiles(attached, update);
            add(error);
            boolean[] readOnly = {!update};
            owner.setReadOnly(readOnly[0]);
            due.setReadOnly(readOnly[0]);
            status.setReadOnly(readOnly[0]);
            notes.setReadOnly(readOnly[0]);
            evidenceUrl.setReadOnly(readOnly[0]);
            Div actions = new Div();
            actions.addClassName("formation-form-row");
            if (update) {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                save.addClickListener(e -> saveStep(this));
                actions.add(save);
            }
            if (manage) {
                up.setAriaLabel(getTranslation("formation.run.up"));
                down.setAriaLabel(getTranslation("formation.run.down"));
                up.addClickListener(e -> move(this, -1));
                down.addClickListener(e -> move(this, 1));
                actions.add(up, down);
            }
            if (facilitator) {
                sessionStart.setValue(LocalDateTime.now().plusDays(14).withHour(14).withMinute(0).withSecond(0).withNano(0));
                createSession.setIcon(VaadinIcon.GROUP.create());
                createSession.addClickListener(e -> makeSession(this));
                actions.add(sessionStart, createSession);
            }
            add(actions);
        }

        /** The step's documents: name (a download), size, who attached it and when; editors attach and remove. */
        private void addFiles(List<StepAttachment> attached, boolean update) {
            H4 heading = new H4(getTranslation("formation.run.files"));
            files.addClassName("formation-files");
            for (StepAttachment a : attached) {
                Anchor link = new Anchor(a.url(), a.name());
                link.getElement().setAttribute("router-ignore", true);
                link.setTarget("_blank");
                Span meta = new Span(getTranslation("formation.run.file.meta", sizeText(a.sizeBytes()), a.uploadedBy(),
                        MunicipalityView.WHEN.format(a.uploadedAt())));
                meta.addClassName("formation-file-meta");
                ListItem item = new ListItem(link, meta);
                if (update) {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(this, a));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("formation.run.file.remove", a.name()));
                    removeFile.add(remove);
                    item.add(remove);
                }
                files.add(item);
            }
            add(heading);
            if (attached.isEmpty()) {
                add(new Paragraph(getTranslation("formation.run.files.none")));
            } else {
                add(files);
            }
            if (update) {
                UI ui = UI.getCurrent();
                upload = new Upload(UploadHandler.inMemory((m, data) -> ui.access(() -> attach(this, m.fileName(), data))));
                upload.setMaxFileSize((int) FormationLimits.STEP_FILE_MAX_BYTES);
                upload.setAcceptedFileTypes(FormationLimits.STEP_FILE_TYPES.stream()
                        .flatMap(t -> t.extensions().stream()).map(x -> "." + x).sorted().toArray(String[]::new));
                UploadTexts.translate(upload);
                upload.addClassName("formation-upload");
                add(new Paragraph(getTranslation("formation.run.files.help", FormationLimits.STEP_FILE_MAX_BYTES / (1024 * 1024),
                        FormationLimits.STEP_FILES_MAX)), upload);
            }
        }
    }

    final ProgressBar progress = new ProgressBar(0, 100);
    final Span progressText = new Span();
    final List<StepCard> cards = new ArrayList<>();
    final TextField newStep = new TextField();
    final Button addStep = new Button();
    final Div error = new Div();
    ConfirmDialog removeDialog;

    private final transient PlaybookRunService runs;
    private PlaybookRun run;

    public PlaybookRunView(PlaybookRunService runs) {
        this.runs = runs;
        addClassName("formation-run");
        // listeners once, here: build() runs again after every change
        addStep.addClickListener(e -> add());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        run = id == null ? null : runs.run(id).orElse(null);
        if (run == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("formation.run.error.noRun"));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        cards.clear();
        String back = run.municipalityCode() != null ? "formation/municipality/" + run.municipalityCode() : "formation/" + run.prefectureCode();
        add(new Anchor(back, "← " + run.adopterName()), new H1(run.playbookTitle()),
                new Paragraph(getTranslation("formation.run.startedBy", run.adopterName(), run.startedBy(),
                        MunicipalityView.WHEN.format(run.startedAt()))));
        progress.setValue(run.progressPercent());
        progress.getElement().setAttribute("aria-label", getTranslation("formation.run.progress", run.progressPercent()));
        progressText.setText(getTranslation("formation.run.progressLong", run.progressPercent(),
                run.steps().stream().filter(s -> s.status() == StepStatus.DONE).count(),
                run.steps().stream().filter(s -> s.status() != StepStatus.SKIPPED).count()));
        Div bar = new Div(progress, progressText);
        bar.addClassName("formation-run-progress");
        add(bar);
        boolean manage = runs.canManage(run);
        boolean facilitator = CurrentUser.hasRole(AppRoles.FACILITATOR) || CurrentUser.hasRole(AppRoles.ADMIN);
        Map<Long, List<StepAttachment>> files = runs.attachments(run.id());
        for (int i = 0; i < run.steps().size(); i++) {
            RunStep s = run.steps().get(i);
            StepCard card = new StepCard(s, i, manage, runs.canUpdate(run, s), facilitator,
                    files.getOrDefault(s.id(), List.of()));
            cards.add(card);
            add(card);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        if (manage) {
            newStep.setLabel(getTranslation("formation.run.newStep"));
            newStep.setMaxLength(FormationLimits.STEP_TITLE_MAX);
            newStep.setWidthFull();
            addStep.setText(getTranslation("formation.run.addStep"));
            add(new H2(getTranslation("formation.run.addStep")), newStep, addStep);
        }
        add(error);
    }

    private void saveStep(StepCard c) {
        c.error.setText("");
        try {
            runs.updateStep(run.id(), c.step.id(), c.step.version(), new StepUpdate(c.owner.getValue(), c.due.getValue(),
                    c.status.getValue(), c.notes.getValue(), c.evidenceUrl.getValue()));
            reload();
        } catch (FormationException e) {
            c.error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void move(StepCard c, int delta) {
        try {
            runs.moveStep(run.id(), run.version(), c.step.id(), delta);
            reload();
        } catch (FormationException e) {
            c.error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void makeSession(StepCard c) {
        c.error.setText("");
        try {
            runs.createSession(run.id(), c.step.id(), c.step.version(), c.sessionStart.getValue());
            reload();
        } catch (UserFacingException e) {
            c.error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    void attach(StepCard c, String fileName, byte[] data) {
        c.error.setText("");
        try {
            StepAttachment a = runs.attach(run.id(), c.step.id(), fileName, data);
            reload();
            Notification.show(getTranslation("formation.run.file.attached", a.name()));
        } catch (UserFacingException e) {
            c.error.setText(getTranslation(e.messageKey(), e.args()));
            if (c.upload != null) {
                c.upload.clearFileList();
            }
        }
    }

    /** Removing cannot be undone: the editor confirms first. */
    void confirmRemove(StepCard c, StepAttachment a) {
        removeDialog = new ConfirmDialog();
        removeDialog.setHeader(getTranslation("formation.run.file.confirm.header"));
        removeDialog.setText(getTranslation("formation.run.file.confirm.text", a.name()));
        removeDialog.setCancelable(true);
        removeDialog.setCancelText(getTranslation("formation.run.file.confirm.cancel"));
        removeDialog.setConfirmText(getTranslation("formation.run.file.confirm.ok"));
        removeDialog.setConfirmButtonTheme("error primary");
        removeDialog.addConfirmListener(e -> remove(c, a));
        removeDialog.open();
    }

    private void remove(StepCard c, StepAttachment a) {
        try {
            runs.removeAttachment(run.id(), a.id());
            reload();
        } catch (UserFacingException e) {
            c.error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** Bytes as people read them: 850 KB, 2.4 MB. */
    static String sizeText(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    void add() {
        error.setText("");
        try {
            run = runs.addStep(run.id(), run.version(), newStep.getValue());
            build();
        } catch (FormationException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void reload() {
        run = runs.run(run.id()).orElseThrow();
        build();
    }

    private static String firstParagraph(String markdown) {
        String p = markdown.split("\\n\\s*\\n", 2)[0];
        return p.replaceAll("[#*`>\\[\\]]", "").strip();
    }

    @Override
    public String getPageTitle() {
        return (run == null ? "" : run.playbookTitle() + " | ") + getTranslation("app.name");
    }
}
