package jp.banso.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import jp.banso.base.UserFacingException;
import jp.banso.security.AppRoles;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.GroupCell;
import jp.banso.workshop.GroupSheet;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.WorkGroup;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import jp.banso.workshop.board.WorksheetModel;

/**
 * The room side by side: every group's worksheet as a live tile; one tile full screen for report-back; the
 * agenda timer with the three phases of group work; a projector mode (large type, no toolbars, join code and
 * timer); and 「全員をメインボードに戻す」.
 */
@Route("workshops/overview")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class OverviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** 個人ワーク → グループ討議 → 発表, with default minutes; added to the agenda so the existing timer runs them. */
    static final String[][] PHASES = {{"groupwork.phase.individual", "5"}, {"groupwork.phase.group", "20"},
            {"groupwork.phase.report", "10"}};

    final H1 title = new H1();
    final Span joinCode = new Span();
    final TimerDisplay timer = new TimerDisplay();
    final Button start = new Button();
    final Button pause = new Button();
    final Button next = new Button();
    final Button addPhases = new Button();
    final Button projector = new Button();
    final Button recall = new Button();
    final Button exitFull = new Button();
    final Div toolbar = new Div();
    final Div message = new Div();
    final Div tiles = new Div();
    final Map<Long, WorksheetPanel> panels = new LinkedHashMap<>();
    final Map<Long, Div> tileOf = new LinkedHashMap<>();
    /** Called after a cell event reached a tile (tests and the benchmark measure with it). */
    Consumer<GroupCell> onApplied = c -> { };
    Long fullScreen;

    private final transient GroupWorkService groups;
    private final transient WorkshopService workshops;
    private final transient WorkshopBroadcaster broadcaster;
    WorkshopSession session;

    public OverviewView(GroupWorkService groups, WorkshopService workshops, WorkshopBroadcaster broadcaster) {
        // the session's events while the page is shown (nothing before a session was loaded)
        WhileAttached.listen(this, ui -> session == null ? null
                : FacilitatorPush.register(broadcaster, session.id(), ui, this::onEvent));
        this.groups = groups;
        this.workshops = workshops;
        this.broadcaster = broadcaster;
        addClassName("overview-view");
        joinCode.addClassName("join-code");
        TimerDisplay.labelControls(start, pause, next);
        start.addClickListener(e -> run(() -> timer.show(workshops.startTimer(session.id()))));
        pause.addClickListener(e -> run(() -> timer.show(workshops.pauseTimer(session.id()))));
        next.addClickListener(e -> run(() -> timer.show(workshops.nextAgendaItem(session.id()))));
        addPhases.setText(getTranslation("groupwork.phase.add"));
        addPhases.addClickListener(e -> run(() -> {
            for (String[] p : PHASES) {
                workshops.addAgendaItem(session.id(), new AgendaItemDraft(getTranslation(p[0]), Integer.parseInt(p[1]),
                        AgendaKind.GROUP_WORK, null));
            }
            message.setText(getTranslation("groupwork.phase.added"));
        }));
        projector.setText(getTranslation("groupwork.projector"));
        projector.setIcon(VaadinIcon.DESKTOP.create());
        projector.setId("projector");
        projector.addClickListener(e -> setProjector(!hasClassName("projector")));
        recall.setText(getTranslation("groupwork.recall"));
        recall.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        recall.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recall.addClickListener(e -> run(() -> {
            groups.recallEveryone(session.id());
            message.setText(getTranslation("groupwork.recall.done"));
        }));
        exitFull.setText(getTranslation("groupwork.tile.exit"));
        exitFull.addClassName("exit-full");
        exitFull.addClickListener(e -> showFull(null));
        exitFull.setVisible(false);
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        tiles.addClassName("overview-tiles");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        session = FacilitatorSession.open(event, workshops, id);
        if (session == null) {
            return;
        }
        title.setText(session.title());
        joinCode.setText(getTranslation("workshop.board.code", session.joinCode()));
        removeAll();
        Div links = new Div(new Anchor("workshops/groups/" + id, getTranslation("groupwork.link.groups")),
                new Anchor("workshops/board/" + id, getTranslation("groupwork.link.board")),
                new Anchor("workshops/record/" + id, getTranslation("groupwork.link.record")));
        links.addClassName("page-links");
        toolbar.removeAll();
        toolbar.add(new Div(start, pause, next, addPhases), new Div(recall), links);
        toolbar.addClassName("overview-toolbar");
        Div head = new Div(new Div(title, joinCode), timer, new Div(exitFull, projector));
        head.addClassName("overview-head");
        add(head, toolbar, message, tiles);
        try {
            timer.show(workshops.board(id).timer());
            rebuild();
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void run(Runnable action) {
        message.setText("");
        try {
            action.run();
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    void setProjector(boolean on) {
        setClassName("projector", on);
        // full screen hides the browser's and the app's chrome too (the click is the user gesture browsers require)
        getElement().executeJs(on ? "if (this.requestFullscreen) this.requestFullscreen().catch(() => {})"
                : "if (document.fullscreenElement) document.exitFullscreen().catch(() => {})");
        projector.setText(getTranslation(on ? "groupwork.projector.off" : "groupwork.projector"));
    }

    /** Redraws every tile: on opening and when groups change, never per saved cell. */
    void rebuild() {
        tiles.removeAll();
        panels.clear();
        tileOf.clear();
        Map<Long, WorkGroup> byId = new LinkedHashMap<>();
        groups.roster(session.id()).groups().forEach(g -> byId.put(g.id(), g));
        if (byId.isEmpty()) {
            tiles.add(new Span(getTranslation("groupwork.overview.none")));
        }
        for (GroupSheet sheet : groups.sheets(session.id())) {
            WorkGroup g = byId.get(sheet.groupId());
            WorksheetModel model = new WorksheetModel(sheet);
            model.observe(change -> {
                if (change instanceof WorksheetModel.Change.CellChanged c) {
                    onApplied.accept(c.cell());
                }
            });
            WorksheetPanel panel = new WorksheetPanel(model, null);
            panels.put(sheet.groupId(), panel);
            Button full = new Button(VaadinIcon.EXPAND_SQUARE.create(), e -> showFull(sheet.groupId()));
            full.setAriaLabel(getTranslation("groupwork.tile.full", sheet.tableNo()));
            full.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            full.addClassName("tile-full-button");
            Span members = new Span(g == null ? "" : getTranslation("groupwork.sheet.memberCount", g.members().size()));
            members.addClassName("tile-members");
            Div head = new Div(new H2(getTranslation("groupwork.sheet.table", sheet.tableNo())), members, full);
            head.addClassName("tile-head");
            Div tile = new Div(head, panel);
            tile.addClassName("overview-tile");
            tile.getElement().setAttribute("data-group", String.valueOf(sheet.groupId()));
            tileOf.put(sheet.groupId(), tile);
            tiles.add(tile);
        }
        showFull(fullScreen != null && tileOf.containsKey(fullScreen) ? fullScreen : null);
    }

    /** One tile over the whole page for report-back (null: all tiles). */
    void showFull(Long groupId) {
        fullScreen = groupId;
        tileOf.forEach((id, tile) -> {
            tile.setVisible(groupId == null || id.equals(groupId));
            tile.setClassName("tile-fullscreen", id.equals(groupId));
        });
        exitFull.setVisible(groupId != null);
        setClassName("has-fullscreen", groupId != null);
    }

    void onEvent(WorkshopEvent e) {
        if (e instanceof WorkshopEvent.GroupsChanged) {
            rebuild();
        } else if (e instanceof WorkshopEvent.TimerChanged t) {
            timer.show(t.timer());
        } else if (e.groupId() != null) {
            WorksheetPanel p = panels.get(e.groupId());
            if (p != null) {
                p.model.apply(e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groupwork.overview.pageTitle") + (session == null ? "" : "：" + session.title())
                + " | " + getTranslation("app.name");
    }
}
