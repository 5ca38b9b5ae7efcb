package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.MyGroup;
import jp.banso.workshop.ParticipantHome;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.RowText;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.SheetRow;
import jp.banso.workshop.StaleRowException;
import jp.banso.workshop.VoteCandidate;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopException;

/**
 * A participant's page: their issue sheet (saved as they type), the live agenda timer, dot voting on the
 * rows the facilitator picked, and the personal return link. Minimal shell, made for phones.
 */
@Route(value = "sheet", autoLayout = false)
@AnonymousAllowed
public class SheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    final H1 title = new H1();
    final Paragraph who = new Paragraph();
    final TimerDisplay timer = new TimerDisplay();
    final Div banner = new Div();
    final Div rowsBox = new Div();
    final Button addRow = new Button();
    final Div votes = new Div();
    final Span dotsLeft = new Span();
    final TextField returnLink = new TextField();
    final Anchor printFilled = new Anchor();
    final Anchor printBlank = new Anchor();
    final Map<Long, RowEditor> editors = new LinkedHashMap<>();
    /** The participant's table once the facilitator formed groups: number, scenario, and the way to the worksheet. */
    final Div groupCard = new Div();
    final Button openGroup = new Button();
    final Map<Long, Span> voteTotals = new LinkedHashMap<>();
    /** The undo button of the latest delete (for tests). */
    Button undo;
    static final int UNDO_MS = 6000;

    private final transient ParticipantService participants;
    private final transient WorkshopBroadcaster broadcaster;
    private final transient GroupWorkService groups;
    String token;
    ParticipantHome home;
    SessionStatus status;

    public SheetView(ParticipantService participants, WorkshopBroadcaster broadcaster, GroupWorkService groups) {
        // the session's events while the page is shown (nothing before a session was loaded)
        WhileAttached.listen(this, ui -> home == null ? null
                : broadcaster.register(home.session().id(), false, e -> ui.access(() -> onEvent(e))));
        this.participants = participants;
        this.broadcaster = broadcaster;
        this.groups = groups;
        groupCard.addClassNames("participant-card", "group-card");
        groupCard.getElement().setAttribute("role", "status");
        openGroup.setText(getTranslation("groupwork.sheet.open"));
        openGroup.setIcon(VaadinIcon.USERS.create());
        openGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openGroup.setId("open-group");
        openGroup.addClickListener(e -> UI.getCurrent().navigate(GroupSheetView.class));
        addClassNames("participant-page", "sheet-view");
        banner.addClassName("sheet-banner");
        banner.getElement().setAttribute("role", "status");
        rowsBox.addClassName("sheet-rows");
        addRow.setText(getTranslation("workshop.sheet.add"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addRow.addClickListener(e -> add());
        addRow.setId("add-row");
        votes.addClassName("vote-list");
        dotsLeft.addClassName("dots-left");
        returnLink.setLabel(getTranslation("workshop.sheet.returnLink"));
        returnLink.setHelperText(getTranslation("workshop.sheet.returnLink.help"));
        returnLink.setReadOnly(true);
        returnLink.setWidthFull();
        printFilled.setText(getTranslation("workshop.print.filled"));
        printFilled.setHref("sheet/print");
        printBlank.setText(getTranslation("workshop.print.blank"));
        printBlank.setHref("sheet/print?blank");
        printFilled.setTarget("_blank");
        printBlank.setTarget("_blank");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ParticipantCookie.enter(event, this::load, JoinView.class);
    }

    /** Shows the sheet of the participant with this token; false when there is none. */
    boolean load(String participantToken) {
        token = participantToken;
        home = token == null ? null : participants.home(token).orElse(null);
        if (home == null) {
            return false;
        }
        status = home.session().status();
        removeAll();
        title.setText(home.session().title());
        who.setText(getTranslation("workshop.sheet.who", Labels.name(this, home.me()),
                getTranslation("workshop.affiliation." + home.me().affiliation().name()),
                home.me().organisation().isBlank() ? "" : getTranslation("workshop.sheet.whoOrganisation", home.me().organisation()),
                WHEN.format(home.session().startsAt())));
        returnLink.setValue(Urls.absolute("join/return/" + token));
        timer.show(home.timer());
        add(ParticipantCookie.card(title, who, timer), groupCard,
                ParticipantCookie.card(new H2(getTranslation("workshop.sheet.heading")),
                        new Paragraph(getTranslation("workshop.sheet.lead")), banner, rowsBox, addRow),
                ParticipantCookie.card(new H2(getTranslation("workshop.vote.heading")), dotsLeft, votes),
                ParticipantCookie.card(returnLink, new Div(printFilled, new Span(" · "), printBlank)));
        renderGroup();
        renderRows(home.rows());
        applyEditable(home.sheetEditable());
        renderVotes();
        return true;
    }

    private void renderRows(List<SheetRow> rows) {
        rowsBox.removeAll();
        editors.clear();
        for (SheetRow r : rows) {
            rowsBox.add(editor(r));
        }
    }

    private RowEditor editor(SheetRow r) {
        RowEditor ed = new RowEditor(r);
        editors.put(r.id(), ed);
        ed.item.addValueChangeListener(e -> { if (e.isFromClient()) save(ed); });
        ed.content.addValueChangeListener(e -> { if (e.isFromClient()) save(ed); });
        ed.improvement.addValueChangeListener(e -> { if (e.isFromClient()) save(ed); });
        ed.up.addClickListener(e -> move(ed, -1));
        ed.down.addClickListener(e -> move(ed, 1));
        ed.delete.addClickListener(e -> delete(ed));
        ed.keepMine.addClickListener(e -> save(ed));
        ed.takeTheirs.addClickListener(e -> {
            ed.showText(RowEditor.text(ed.row));
            ed.conflict.setVisible(false);
            ed.setState(RowEditor.SaveState.SAVED, null);
        });
        return ed;
    }

    /** Saves what the editor shows; "saved" appears only after the service returned, i.e. MariaDB committed. */
    void save(RowEditor ed) {
        ed.setState(RowEditor.SaveState.SAVING, null);
        RowText typed = ed.typed();
        try {
            ed.row = participants.saveRow(token, ed.row.id(), ed.row.version(), typed);
            ed.conflict.setVisible(false);
            ed.setState(RowEditor.SaveState.SAVED, null);
        } catch (StaleRowException e) {
            showConflict(ed, e);
        } catch (WorkshopException e) {
            ed.setState(RowEditor.SaveState.FAILED, Labels.message(this, e));
        } catch (RuntimeException e) {
            // database or network trouble: the text stays in the fields, nothing claims to be saved
            ed.setState(RowEditor.SaveState.FAILED, getTranslation("workshop.save.retry"));
        }
    }

    private void showConflict(RowEditor ed, StaleRowException e) {
        ed.conflict.removeAll();
        ed.setState(RowEditor.SaveState.FAILED, getTranslation(e.messageKey()));
        if (e.current() == null) {
            // deleted in another tab: offer to keep the typed text as a new row
            Button asNew = new Button(getTranslation("workshop.conflict.asNew"), c -> {
                try {
                    SheetRow fresh = participants.addRow(token);
                    ed.row = fresh;
                    ed.getElement().setAttribute("data-row-id", String.valueOf(fresh.id()));
                    editors.values().remove(ed);
                    editors.put(fresh.id(), ed);
                    save(ed);
                } catch (WorkshopException ex) {
                    ed.setState(RowEditor.SaveState.FAILED, Labels.message(this, ex));
                }
            });
            asNew.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            ed.conflict.add(new Paragraph(getTranslation("workshop.conflict.gone")), asNew);
        } else {
            ed.row = e.current();
            Div theirs = new Div(new Span(e.current().item()), new Paragraph(e.current().content()),
                    new Paragraph(e.current().improvement()));
            theirs.addClassName("conflict-theirs");
            ed.conflict.add(new Paragraph(getTranslation("workshop.conflict.lead")), theirs, ed.keepMine, ed.takeTheirs);
        }
        ed.conflict.setVisible(true);
    }

    void add() {
        try {
            SheetRow r = participants.addRow(token);
            RowEditor ed = editor(r);
            rowsBox.add(ed);
            ed.item.focus();
        } catch (WorkshopException e) {
            banner.setText(Labels.message(this, e));
        }
    }

    private void move(RowEditor ed, int delta) {
        try {
            List<SheetRow> order = participants.moveRow(token, ed.row.id(), delta);
            for (SheetRow r : order) {
                RowEditor e = editors.get(r.id());
                if (e != null) {
                    rowsBox.add(e); // re-adding moves the component: typed text and state stay
                }
            }
        } catch (WorkshopException e) {
            ed.setState(RowEditor.SaveState.FAILED, Labels.message(this, e));
        }
    }

    private void delete(RowEditor ed) {
        try {
            RowText shown = ed.typed();
            int position = ed.row.position();
            participants.deleteRow(token, ed.row.id());
            editors.remove(ed.row.id());
            rowsBox.remove(ed);
            offerUndo(position, shown);
        } catch (WorkshopException e) {
            ed.setState(RowEditor.SaveState.FAILED, Labels.message(this, e));
        }
    }

    /** A few seconds to take a delete back: the row returns with the text it showed, at its place. */
    private void offerUndo(int position, RowText shown) {
        Notification note = new Notification();
        note.setDuration(UNDO_MS);
        note.setPosition(Notification.Position.BOTTOM_CENTER);
        undo = new Button(getTranslation("workshop.sheet.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        undo.addClickListener(e -> {
            note.close();
            try {
                SheetRow back = participants.restoreRow(token, position, shown);
                editor(back);
                for (SheetRow r : participants.rows(token)) {
                    RowEditor re = editors.get(r.id());
                    if (re != null) {
                        rowsBox.add(re);
                    }
                }
            } catch (WorkshopException ex) {
                banner.setVisible(true);
                banner.setText(Labels.message(this, ex));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(new Span(getTranslation("workshop.sheet.deleted")), undo);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        note.add(bar);
        note.open();
    }

    private void applyEditable(boolean editable) {
        editors.values().forEach(ed -> ed.setEditable(editable));
        addRow.setVisible(editable);
        if (editable) {
            banner.setText("");
            banner.setVisible(false);
        } else {
            banner.setVisible(true);
            banner.setText(getTranslation(status == SessionStatus.OPEN ? "workshop.sheet.notYetOpen" : "workshop.sheet.locked",
                    WHEN.format(home.session().sheetOpensAt())));
        }
    }

    void renderVotes() {
        votes.removeAll();
        voteTotals.clear();
        List<VoteCandidate> candidates = participants.candidates(token);
        int left = participants.dotsLeft(token);
        dotsLeft.setText(getTranslation("workshop.vote.left", left));
        if (candidates.isEmpty()) {
            votes.add(new Paragraph(getTranslation("workshop.vote.none")));
        }
        for (VoteCandidate c : candidates) {
            Span total = new Span(getTranslation("workshop.vote.total", c.votes()));
            total.addClassName("vote-total");
            voteTotals.put(c.rowId(), total);
            Button dot = new Button(getTranslation(c.mine() ? "workshop.vote.remove" : "workshop.vote.add"));
            dot.addThemeVariants(c.mine() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            dot.setEnabled(c.mine() || left > 0);
            dot.addClickListener(e -> {
                try {
                    participants.vote(token, c.rowId(), !c.mine());
                } catch (WorkshopException ex) {
                    banner.setVisible(true);
                    banner.setText(Labels.message(this, ex));
                }
                renderVotes();
            });
            Div card = new Div(new Span(c.item().isBlank() ? c.content() : c.item()), total, dot);
            card.addClassName("vote-candidate");
            card.getElement().setAttribute("data-row-id", String.valueOf(c.rowId()));
            votes.add(card);
        }
    }

    /** The table card: hidden until the participant sits at a table. */
    void renderGroup() {
        groupCard.removeAll();
        MyGroup mine = groups.myGroup(token).orElse(null);
        groupCard.setVisible(mine != null);
        if (mine == null) {
            return;
        }
        Span table = new Span(getTranslation("groupwork.sheet.table", mine.group().tableNo()));
        table.addClassName("group-table-no");
        groupCard.add(new H2(getTranslation("groupwork.sheet.yourGroup")), table);
        if (mine.scenario() != null) {
            groupCard.add(new Paragraph(getTranslation("groupwork.sheet.scenario", mine.scenario().title())));
        }
        groupCard.add(new Paragraph(getTranslation("groupwork.sheet.memberCount", mine.group().members().size())), openGroup);
    }

    void onEvent(WorkshopEvent event) {
        if (event instanceof WorkshopEvent.GroupsChanged) {
            renderGroup();
        } else if (event instanceof WorkshopEvent.Recalled) {
            // already on the main page: bring the top into view
            getElement().executeJs("window.scrollTo(0, 0)");
        } else if (event instanceof WorkshopEvent.TimerChanged t) {
            timer.show(t.timer());
        } else if (event instanceof WorkshopEvent.StatusChanged s) {
            home = participants.home(token).orElse(home);
            status = s.status();
            applyEditable(home.sheetEditable());
            renderVotes();
        } else if (event instanceof WorkshopEvent.VotesChanged v) {
            Span total = voteTotals.get(v.rowId());
            if (total != null) {
                total.setText(getTranslation("workshop.vote.total", v.total()));
            }
        } else if (event instanceof WorkshopEvent.CandidatesChanged) {
            renderVotes();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.sheet.title") + " | " + getTranslation("app.name");
    }
}
