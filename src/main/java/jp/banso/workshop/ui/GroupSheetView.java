package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import jp.banso.base.UserFacingException;
import jp.banso.workshop.GroupSheet;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.MyGroup;
import jp.banso.workshop.ParticipantHome;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.board.WorksheetModel;
import org.jsoup.nodes.Entities;

/**
 * A member's page of their group: table number, who sits there, the scenario, and the worksheet the group
 * fills together (every saved cell reaches the others by push). Made for phones, like the issue sheet.
 */
@Route(value = "sheet/group", autoLayout = false)
@AnonymousAllowed
public class GroupSheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph members = new Paragraph();
    final TimerDisplay timer = new TimerDisplay();
    final Div scenarioBox = new Div();
    final Div sheetBox = new Div();
    final Button addRow = new Button();
    final Div message = new Div();
    final Anchor back = new Anchor("sheet", "");
    WorksheetPanel panel;
    /** Called after a stored cell reached this page (tests and the benchmark measure with it). */
    java.util.function.Consumer<jp.banso.workshop.GroupCell> onApplied = c -> { };

    private final transient ParticipantService participants;
    private final transient GroupWorkService groups;
    private final transient WorkshopBroadcaster broadcaster;
    String token;
    /** The session of the page (0 before a participant with a group was loaded). */
    long sessionId;
    volatile long groupId = WorkshopBroadcaster.NO_GROUP;

    public GroupSheetView(ParticipantService participants, GroupWorkService groups, WorkshopBroadcaster broadcaster) {
        WhileAttached.listen(this, this::listen);
        this.participants = participants;
        this.groups = groups;
        this.broadcaster = broadcaster;
        addClassNames("participant-page", "group-sheet-view");
        addRow.setText(getTranslation("groupwork.sheet.addRow"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addClickListener(e -> addRow());
        addRow.setId("ws-add-row");
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        back.setText(getTranslation("groupwork.sheet.back"));
        back.addClassName("back-link");
        sheetBox.addClassName("participant-card");
        scenarioBox.addClassName("participant-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ParticipantCookie.enter(event, this::load, SheetView.class);
    }

    /** Shows the group of the participant with this token; false when they have none (or no token). */
    boolean load(String participantToken) {
        token = participantToken;
        ParticipantHome home = token == null ? null : participants.home(token).orElse(null);
        MyGroup mine = home == null ? null : groups.myGroup(token).orElse(null);
        GroupSheet sheet = mine == null ? null : groups.mySheet(token).orElse(null);
        if (mine == null || sheet == null) {
            return false;
        }
        groupId = mine.group().id();
        sessionId = home.session().id();
        removeAll();
        title.setText(getTranslation("groupwork.sheet.table", mine.group().tableNo()));
        members.setText(getTranslation("groupwork.sheet.members", mine.group().members().stream()
                .map(m -> Labels.name(this, m.participant()) + "（" + getTranslation("workshop.affiliation."
                        + m.participant().affiliation().name()) + "）").collect(Collectors.joining("、"))));
        timer.show(home.timer());
        scenarioBox.removeAll();
        if (mine.scenario() != null) {
            var s = mine.scenario();
            // text only, escaped, as one element each: a phone page does not need a component per paragraph
            StringBuilder paragraphs = new StringBuilder();
            for (String para : s.vignette().split("\\n\\s*\\n")) {
                paragraphs.append("<p>").append(Entities.escape(para.replaceAll("[*_#>`]", "").strip())).append("</p>");
            }
            Div vignette = new Div();
            vignette.addClassName("scenario-vignette");
            vignette.getElement().setProperty("innerHTML", paragraphs.toString());
            StringBuilder items = new StringBuilder();
            s.questions().forEach(q -> items.append("<li>").append(Entities.escape(q)).append("</li>"));
            OrderedList questions = new OrderedList();
            questions.getElement().setProperty("innerHTML", items.toString());
            Details more = new Details(getTranslation("groupwork.sheet.scenarioText"), vignette);
            more.setOpened(true);
            scenarioBox.add(new H2(s.title()), new Paragraph(s.summary()), more,
                    new Span(getTranslation("groupwork.sheet.questions")), questions);
            scenarioBox.setVisible(true);
        } else {
            scenarioBox.setVisible(false);
        }
        WorksheetModel model = new WorksheetModel(sheet);
        model.observe(change -> {
            if (change instanceof WorksheetModel.Change.CellChanged c) {
                onApplied.accept(c.cell());
            }
        });
        panel = new WorksheetPanel(model, (row, col, base, text) -> groups.saveCell(token, row, col, base, text));
        sheetBox.removeAll();
        sheetBox.add(new H2(getTranslation("groupwork.worksheet." + sheet.worksheet().contentName())),
                new Paragraph(getTranslation("groupwork.worksheet." + sheet.worksheet().contentName() + ".lead")),
                panel, message, addRow);
        add(ParticipantCookie.card(back, title, members, timer), scenarioBox, sheetBox);
        applyEditable(home.sheetEditable());
        return true;
    }

    private void applyEditable(boolean editable) {
        panel.setEditable(editable);
        addRow.setVisible(editable);
    }

    void addRow() {
        message.setText("");
        try {
            GroupSheet s = groups.addSheetRow(token);
            s.cells().stream().filter(c -> c.row() == s.rowCount() - 1).forEach(panel.model::applyCell);
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    void onEvent(WorkshopEvent event) {
        if (event instanceof WorkshopEvent.Recalled) {
            UI.getCurrent().navigate(SheetView.class);
        } else if (event instanceof WorkshopEvent.GroupsChanged) {
            if (groups.myGroup(token).map(g -> g.group().id() != groupId).orElse(true)) {
                if (!load(token)) {
                    UI.getCurrent().navigate(SheetView.class);
                }
            }
        } else if (event instanceof WorkshopEvent.TimerChanged t) {
            timer.show(t.timer());
        } else if (event instanceof WorkshopEvent.StatusChanged s) {
            applyEditable(s.status() == SessionStatus.OPEN
                    && participants.home(token).map(ParticipantHome::sheetEditable).orElse(false));
        } else if (panel != null) {
            panel.model.apply(event);
        }
    }

    /** Registers for the session's events while the page is shown; null before anything was loaded. */
    private WorkshopBroadcaster.Registration listen(UI ui) {
        if (panel == null) {
            return null;
        }
        WorkshopBroadcaster.Registration registration = broadcaster.register(sessionId, false, () -> groupId, e -> ui.access(() -> onEvent(e)));
        // cells saved between the first read and the registration
        groups.mySheet(token).ifPresent(s -> s.cells().forEach(panel.model::applyCell));
        return registration;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groupwork.sheet.pageTitle") + " | " + getTranslation("app.name");
    }
}
