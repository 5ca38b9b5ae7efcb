package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.LongFunction;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import jp.banso.workshop.AgendaItem;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.ImportError;
import jp.banso.workshop.ImportReport;
import jp.banso.workshop.JoinQrCode;
import jp.banso.workshop.LinkableArticle;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.SessionTeam;
import jp.banso.workshop.WorkshopException;
import jp.banso.workshop.WorkshopImportException;
import jp.banso.workshop.WorkshopLimits;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;

/** One session for the facilitator: join code and QR to project, agenda, sheet status, export and import. */
@Route("workshops/session")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class SessionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String XLSX = Downloads.XLSX;

    final H1 title = new H1();
    final Paragraph details = new Paragraph();
    final Span joinCode = new Span();
    final Anchor joinUrl = new Anchor();
    final Image qr = new Image();
    final Grid<AgendaItem> agenda = new Grid<>();
    final TextField agendaTitle = new TextField();
    final IntegerField agendaMinutes = new IntegerField();
    final Select<AgendaKind> agendaKind = new Select<>();
    final ComboBox<LinkableArticle> agendaArticle = new ComboBox<>();
    final Button addAgenda = new Button();
    final Button cancelEdit = new Button();
    /** The agenda item the form edits, or null while it adds a new one. */
    AgendaItem editing;
    final Button copy = new Button();
    Dialog copyDialog;
    final DateTimePicker copyStartsAt = new DateTimePicker();
    Button copyConfirm;
    final Button board = new Button();
    final Button lock = new Button();
    final Button reopen = new Button();
    final Button close = new Button();
    ConfirmDialog closeDialog;
    final Span status = new Span();
    final Div message = new Div();
    final Grid<ImportError> importErrors = new Grid<>();
    final Div importResult = new Div();
    final Upload upload = new Upload();
    final Paragraph owner = new Paragraph();
    final Div coFacilitators = new Div();
    final ComboBox<String> addCo = new ComboBox<>();
    final Button addCoButton = new Button();

    private final transient WorkshopService workshops;
    private UI ui;
    WorkshopSession session;

    public SessionView(WorkshopService workshops) {
        this.workshops = workshops;
        addClassName("session-view");
        joinCode.addClassName("join-code");
        qr.addClassName("join-qr");
        qr.setAlt(getTranslation("workshop.qr.alt"));
        agenda.addColumn(a -> a.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(AgendaItem::title).setHeader(getTranslation("workshop.agenda.title")).setFlexGrow(1);
        agenda.addColumn(a -> getTranslation("workshop.agenda.minutesValue", a.minutes())).setHeader(getTranslation("workshop.agenda.minutes")).setAutoWidth(true);
        agenda.addColumn(a -> getTranslation("workshop.agendaKind." + a.kind().name())).setHeader(getTranslation("workshop.agenda.kind")).setAutoWidth(true);
        agenda.addComponentColumn(a -> a.articleSlug() == null ? new Span()
                : new Anchor("library/" + a.articleSlug(), a.articleSlug())).setHeader(getTranslation("workshop.agenda.article")).setAutoWidth(true);
        agenda.addComponentColumn(a -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveAgendaItem(a, -1));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveAgendaItem(a, 1));
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editAgendaItem(a));
            up.setAriaLabel(getTranslation("workshop.agenda.up", a.title()));
            down.setAriaLabel(getTranslation("workshop.agenda.down", a.title()));
            edit.setAriaLabel(getTranslation("workshop.agenda.edit", a.title()));
            Div tools = new Div(up, down, edit);
            for (Button b : new Button[]{up, down, edit}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.addClassName("agenda-" + (b == up ? "up" : b == down ? "down" : "edit"));
            }
            return tools;
        }).setAutoWidth(true).setFlexGrow(0);
        agenda.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                workshops.removeAgendaItem(session.id(), a.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("workshop.agenda.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        agenda.setAllRowsVisible(true);
        agendaTitle.setLabel(getTranslation("workshop.agenda.title"));
        agendaTitle.setMaxLength(WorkshopLimits.AGENDA_TITLE_MAX);
        agendaMinutes.setLabel(getTranslation("workshop.agenda.minutes"));
        agendaMinutes.setMin(1);
        agendaMinutes.setMax(WorkshopLimits.AGENDA_MINUTES_MAX);
        agendaMinutes.setValue(30);
        agendaKind.setLabel(getTranslation("workshop.agenda.kind"));
        agendaKind.setItems(AgendaKind.values());
        agendaKind.setItemLabelGenerator(k -> getTranslation("workshop.agendaKind." + k.name()));
        agendaKind.setValue(AgendaKind.LECTURE);
        agendaArticle.setLabel(getTranslation("workshop.agenda.article"));
        agendaArticle.setItemLabelGenerator(LinkableArticle::title);
        agendaArticle.setClearButtonVisible(true);
        addAgenda.setText(getTranslation("workshop.agenda.add"));
        addAgenda.addClickListener(e -> addAgendaItem());
        cancelEdit.setText(getTranslation("workshop.agenda.cancelEdit"));
        cancelEdit.addClickListener(e -> stopEditing());
        cancelEdit.setVisible(false);
        copy.setText(getTranslation("workshop.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(e -> openCopyDialog());
        copy.setId("session-copy");
        board.setText(getTranslation("workshop.board.open"));
        board.setIcon(VaadinIcon.DASHBOARD.create());
        board.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        board.addClickListener(e -> UI.getCurrent().navigate(BoardView.class, session.id()));
        lock.setText(getTranslation("workshop.lock"));
        lock.addClickListener(e -> setStatus(SessionStatus.LOCKED));
        reopen.setText(getTranslation("workshop.reopen"));
        reopen.addClickListener(e -> setStatus(SessionStatus.OPEN));
        close.setText(getTranslation("workshop.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> confirmClose());
        close.setId("session-close");
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        importErrors.addClassName("import-errors");
        importResult.addClassName("import-result");
        importResult.getElement().setAttribute("role", "status");
        importResult.setVisible(false);
        coFacilitators.addClassName("co-facilitators");
        addCo.setLabel(getTranslation("workshop.team.add.label"));
        addCo.setClearButtonVisible(true);
        addCoButton.setText(getTranslation("workshop.team.add"));
        addCoButton.addClickListener(e -> addCoFacilitator());
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFileSize(WorkshopLimits.IMPORT_BYTES_MAX);
        upload.setMaxFiles(1);
        jp.banso.base.ui.UploadTexts.translate(upload);
        // streamed into the service, which takes at most IMPORT_BYTES_MAX bytes whatever the browser was told;
        // the import runs in the upload request (which carries the login), only showing it goes through UI.access
        upload.setUploadHandler(event -> {
            ImportOutcome o = runImport(event.getFileName(), event.getInputStream());
            ui.access(() -> show(o));
        });
        importErrors.addColumn(x -> x.rowNumber() > 0 ? String.valueOf(x.rowNumber()) : "—")
                .setHeader(getTranslation("workshop.import.table.row")).setAutoWidth(true).setFlexGrow(0);
        // long messages and column names wrap instead of ending in "…": a phone shows them whole
        importErrors.addColumn(this::importColumn).setHeader(getTranslation("workshop.import.table.column"))
                .setWidth("7.5em").setFlexGrow(0);
        importErrors.addColumn(x -> getTranslation(x.messageKey(), x.value()))
                .setHeader(getTranslation("workshop.import.table.message")).setFlexGrow(1);
        importErrors.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        importErrors.setAllRowsVisible(true);
        importErrors.setVisible(false);
    }

    /** What one import came to, worked out in the upload's own request before the UI is touched. */
    record ImportOutcome(String text, boolean ok, List<ImportError> errors) { }

    /** Runs one import and shows how it went. */
    void importFile(String fileName, java.io.InputStream in) {
        show(runImport(fileName, in));
    }

    ImportOutcome runImport(String fileName, java.io.InputStream in) {
        try {
            ImportReport r = workshops.importXlsx(session.id(), in);
            return new ImportOutcome(getTranslation("workshop.import.done.file", fileName, r.participants(), r.rows()), true, List.of());
        } catch (WorkshopImportException e) {
            return new ImportOutcome(getTranslation("workshop.import.failed.file", fileName, Labels.message(this, e)), false, e.errors());
        }
    }

    /**
     * The upload's file list is cleared after every import: a failed file must not keep its green ✓, and with
     * one file allowed a corrected file would otherwise be refused without a word.
     */
    void show(ImportOutcome o) {
        importResult.setText(o.text());
        importResult.getElement().setAttribute("data-result", o.ok() ? "ok" : "failed");
        importResult.setVisible(true);
        importErrors.setItems(o.errors());
        importErrors.setVisible(!o.errors().isEmpty());
        upload.clearFileList();
    }

    /** The template column an error is about, from its message key (the header row and whole-file errors have none). */
    private String importColumn(ImportError x) {
        String field = x.messageKey().substring(x.messageKey().lastIndexOf('.') + 1);
        return switch (field) {
            case "name", "affiliation", "organisation", "item", "content", "improvement" ->
                    getTranslation("workshop.import.col." + field);
            case "header" -> x.value();
            default -> "—";
        };
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        session = FacilitatorSession.open(event, workshops, id);
        if (session == null) {
            return;
        }
        ui = UI.getCurrent();
        agendaArticle.setItems(workshops.linkableArticles());
        String url = Urls.absolute("join/" + session.joinCode());
        joinUrl.setHref(url);
        joinUrl.setText(url);
        qr.setSrc(JoinQrCode.svgDataUrl(url));
        Div join = new Div(new Span(getTranslation("workshop.joinCode")), joinCode, joinUrl, qr);
        join.addClassName("join-panel");
        Div agendaForm = new Div(agendaTitle, agendaMinutes, agendaKind, agendaArticle, addAgenda, cancelEdit);
        agendaForm.addClassName("inline-form");
        Div teamForm = new Div(addCo, addCoButton);
        teamForm.addClassName("inline-form");
        Anchor groupsLink = new Anchor("workshops/groups/" + id, getTranslation("groupwork.link.groups"));
        Anchor overviewLink = new Anchor("workshops/overview/" + id, getTranslation("groupwork.link.overview"));
        groupsLink.addClassName("action-link");
        overviewLink.addClassName("action-link");
        Div actions = new Div(board, groupsLink, overviewLink, lock, reopen, close, copy, status);
        actions.addClassName("session-actions");
        Div exports = new Div(
                download("workshop.export.xlsx", "issue-sheets.xlsx", XLSX, workshops::exportXlsx),
                download("workshop.export.csv", "issue-sheets.csv", "text/csv; charset=UTF-8", workshops::exportCsv),
                download("workshop.export.template", "issue-sheet-template.xlsx", XLSX, workshops::importTemplate),
                new Anchor("sheet/print?blank", getTranslation("workshop.print.blank")));
        exports.addClassName("session-downloads");
        removeAll();
        add(title, details, actions, message, join, new H2(getTranslation("workshop.agenda")), agenda, agendaForm,
                new H2(getTranslation("workshop.export")), exports, new H2(getTranslation("workshop.import")),
                new Paragraph(getTranslation("workshop.import.lead")), upload, importResult, importErrors,
                new H2(getTranslation("workshop.team")), owner, coFacilitators, teamForm);
        refresh();
        refreshTeam();
    }

    private Anchor download(String key, String fileName, String type, LongFunction<byte[]> content) {
        long id = session.id();
        return Downloads.link(getTranslation(key), fileName, type, () -> content.apply(id));
    }

    void refresh() {
        session = workshops.findSession(session.id()).orElseThrow();
        title.setText(session.title());
        details.setText(getTranslation("workshop.details", getTranslation("workshop.kind." + session.kind().name()),
                SheetView.WHEN.format(session.startsAt()),
                session.online() ? getTranslation("workshop.online") : session.place(), session.hostMunicipality(),
                SheetView.WHEN.format(session.sheetOpensAt()), session.dotsPerPerson()));
        joinCode.setText(session.joinCode());
        status.setText(getTranslation("workshop.status." + session.status().name()));
        lock.setVisible(session.status() == SessionStatus.OPEN);
        reopen.setVisible(session.status() != SessionStatus.OPEN);
        close.setVisible(session.status() != SessionStatus.CLOSED);
        agenda.setItems(workshops.agenda(session.id()));
    }

    void refreshTeam() {
        SessionTeam team = workshops.team(session.id());
        owner.setText(getTranslation("workshop.team.owner", team.owner()));
        coFacilitators.removeAll();
        if (team.coFacilitators().isEmpty()) {
            coFacilitators.add(new Span(getTranslation("workshop.team.none")));
        }
        // only the owner (or an admin) changes the team; the service refuses anyone else
        boolean mayEdit = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.username().orElse("").equals(team.owner());
        for (String u : team.coFacilitators()) {
            Span name = new Span(u);
            Div line = new Div(name);
            line.addClassName("co-facilitator");
            if (mayEdit) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    workshops.removeCoFacilitator(session.id(), u);
                    refreshTeam();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("workshop.team.remove", u));
                line.add(remove);
            }
            coFacilitators.add(line);
        }
        addCo.setItems(workshops.facilitatorUsernames().stream()
                .filter(u -> !u.equals(team.owner()) && !team.coFacilitators().contains(u)).toList());
        addCo.setVisible(mayEdit);
        addCoButton.setVisible(mayEdit);
    }

    void addCoFacilitator() {
        message.setText("");
        try {
            workshops.addCoFacilitator(session.id(), addCo.getValue());
            addCo.clear();
            refreshTeam();
        } catch (WorkshopException e) {
            message.setText(Labels.message(this, e));
        }
    }

    void addAgendaItem() {
        message.setText("");
        try {
            AgendaItemDraft draft = new AgendaItemDraft(agendaTitle.getValue(),
                    agendaMinutes.getValue() == null ? 0 : agendaMinutes.getValue(), agendaKind.getValue(),
                    agendaArticle.getValue() == null ? null : agendaArticle.getValue().slug());
            if (editing == null) {
                workshops.addAgendaItem(session.id(), draft);
            } else {
                workshops.updateAgendaItem(session.id(), editing.id(), draft);
            }
            stopEditing();
            refresh();
        } catch (WorkshopException e) {
            message.setText(Labels.message(this, e));
        }
    }

    /** Loads an item into the agenda form; the form's button then saves it instead of adding one. */
    void editAgendaItem(AgendaItem a) {
        editing = a;
        agendaTitle.setValue(a.title());
        agendaMinutes.setValue(a.minutes());
        agendaKind.setValue(a.kind());
        agendaArticle.setValue(a.articleSlug() == null ? null : workshops.linkableArticles().stream()
                .filter(x -> x.slug().equals(a.articleSlug())).findFirst().orElse(null));
        addAgenda.setText(getTranslation("workshop.agenda.save"));
        cancelEdit.setVisible(true);
        agendaTitle.focus();
    }

    void stopEditing() {
        editing = null;
        agendaTitle.clear();
        agendaArticle.clear();
        addAgenda.setText(getTranslation("workshop.agenda.add"));
        cancelEdit.setVisible(false);
    }

    void moveAgendaItem(AgendaItem a, int delta) {
        message.setText("");
        try {
            workshops.moveAgendaItem(session.id(), a.id(), delta);
            refresh();
        } catch (WorkshopException e) {
            message.setText(Labels.message(this, e));
        }
    }

    /** Asks for the new date, then makes the copy (same agenda, new code) and opens it. */
    void openCopyDialog() {
        copyDialog = new Dialog();
        copyDialog.setHeaderTitle(getTranslation("workshop.copy.header"));
        copyStartsAt.setLabel(getTranslation("workshop.copy.startsAt"));
        copyStartsAt.setValue(session.startsAt().plusDays(7));
        Paragraph lead = new Paragraph(getTranslation("workshop.copy.lead"));
        Div error = new Div();
        error.addClassName("form-error");
        copyConfirm = new Button(getTranslation("workshop.copy.ok"));
        copyConfirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copyConfirm.addClickListener(e -> {
            try {
                WorkshopSession copied = workshops.copySession(session.id(), copyStartsAt.getValue());
                copyDialog.close();
                UI.getCurrent().navigate(SessionView.class, copied.id());
            } catch (WorkshopException ex) {
                error.setText(Labels.message(this, ex));
            }
        });
        Button cancel = new Button(getTranslation("workshop.close.confirm.cancel"), e -> copyDialog.close());
        cancel.setId("copy-cancel");
        copyDialog.add(lead, copyStartsAt, error);
        copyDialog.getFooter().add(cancel, copyConfirm);
        copyDialog.open();
    }

    /** Closing ends the join code for good: the facilitator confirms first. */
    void confirmClose() {
        closeDialog = new ConfirmDialog();
        closeDialog.setHeader(getTranslation("workshop.close.confirm.header"));
        closeDialog.setText(getTranslation("workshop.close.confirm.text", session.title()));
        closeDialog.setCancelable(true);
        closeDialog.setCancelText(getTranslation("workshop.close.confirm.cancel"));
        closeDialog.setConfirmText(getTranslation("workshop.close.confirm.ok"));
        closeDialog.setConfirmButtonTheme("error primary");
        closeDialog.addConfirmListener(e -> setStatus(SessionStatus.CLOSED));
        closeDialog.open();
    }

    void setStatus(SessionStatus s) {
        workshops.setStatus(session.id(), s);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.title() + " | ") + getTranslation("app.name");
    }
}
