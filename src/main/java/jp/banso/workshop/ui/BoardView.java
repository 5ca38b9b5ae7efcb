package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import jp.banso.security.AppRoles;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.Board;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.Theme;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopException;
import jp.banso.workshop.WorkshopLimits;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import jp.banso.workshop.board.BoardModel;

/**
 * The facilitator's live board: every saved row appears through server push, grouped by affiliation,
 * participant or theme, with counts, filters and search; rows are selected to put them in a theme or mark
 * them for discussion; the agenda timer, dots per person and the sheet lock are run from here.
 * Changes arrive as events carrying their data, so applying one needs no database query and no login
 * on the delivering thread.
 */
@Route("workshops/board")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class BoardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** One row on the board; a click selects it. */
    final class RowCard extends Div {
        final Span item = new Span();
        final Paragraph content = new Paragraph();
        final Paragraph improvement = new Paragraph();
        final Span meta = new Span();
        final Span theme = new Span();
        final Span discussion = new Span();
        final Span votes = new Span();
        BoardRow row;

        RowCard(BoardRow row) {
            addClassName("board-card");
            item.addClassName("card-item");
            content.addClassName("card-content");
            improvement.addClassName("card-improvement");
            meta.addClassName("card-meta");
            theme.addClassName("card-theme");
            discussion.addClassName("card-discussion");
            votes.addClassName("card-votes");
            discussion.setText(getTranslation("workshop.board.forDiscussion"));
            Div badges = new Div(theme, discussion, votes);
            badges.addClassName("card-badges");
            add(item, content, improvement, meta, badges);
            getElement().setAttribute("data-row-id", String.valueOf(row.id()));
            getElement().setAttribute("tabindex", "0");
            addClickListener(e -> toggle(this.row.id()));
            update(row);
        }

        void update(BoardRow r) {
            row = r;
            item.setText(r.item());
            content.setText(r.content());
            improvement.setText(r.improvement().isBlank() ? "" : "→ " + r.improvement());
            improvement.setVisible(!r.improvement().isBlank());
            meta.setText(Labels.name(BoardView.this, r.participantName()) + " · "
                    + getTranslation("workshop.affiliation." + r.affiliation().name())
                    + (r.organisation().isBlank() ? "" : " · " + r.organisation()));
            Theme t = model.themeOf(r);
            theme.setText(t == null ? "" : t.name());
            theme.setVisible(t != null);
            discussion.setVisible(r.forDiscussion());
            votes.setText(r.votes() == 0 ? "" : "● " + r.votes());
            votes.setVisible(r.votes() > 0);
            getElement().setAttribute("data-version", String.valueOf(r.version()));
            setClassName("selected", model.selected().contains(r.id()));
        }
    }

    /** A group of cards with its heading and count. */
    static final class GroupBox extends Div {
        final H3 heading = new H3();
        final Span count = new Span();
        final Div body = new Div();

        GroupBox(String key, String label) {
            addClassName("board-group");
            getElement().setAttribute("data-group", key);
            heading.setText(label);
            count.addClassName("group-count");
            body.addClassName("group-body");
            add(new Div(heading, count), body);
        }
    }

    final H1 title = new H1();
    final Span joinCode = new Span();
    final TimerDisplay timer = new TimerDisplay();
    final Button start = new Button();
    final Button pause = new Button();
    final Button next = new Button();
    final Div affiliationCounts = new Div();
    final Select<BoardModel.GroupBy> groupBy = new Select<>();
    final TextField search = new TextField();
    final Select<Affiliation> affiliationFilter = new Select<>();
    final Checkbox discussionOnly = new Checkbox();
    final TextField themeName = new TextField();
    final Button addTheme = new Button();
    final Select<Theme> themeChoice = new Select<>();
    final Button assign = new Button();
    final Button markDiscussion = new Button();
    final Button unmarkDiscussion = new Button();
    final Span selection = new Span();
    final IntegerField dots = new IntegerField();
    final Button lock = new Button();
    final Span status = new Span();
    final Div message = new Div();
    final Div groups = new Div();

    /** The board's state; this view only renders it. */
    BoardModel model;
    final Map<Long, RowCard> cards = new HashMap<>();
    final Map<String, GroupBox> boxes = new LinkedHashMap<>();
    /** Called after a saved row is on the board (tests and the benchmark measure with it). */
    Consumer<BoardRow> onApplied = r -> { };

    private final transient WorkshopService workshops;
    private final transient WorkshopBroadcaster broadcaster;
    public BoardView(WorkshopService workshops, WorkshopBroadcaster broadcaster) {
        WhileAttached.listen(this, this::listen);
        this.workshops = workshops;
        this.broadcaster = broadcaster;
        addClassName("board-view");
        joinCode.addClassName("join-code");
        TimerDisplay.labelControls(start, pause, next);
        start.addClickListener(e -> run(() -> workshops.startTimer(sessionId())));
        pause.addClickListener(e -> run(() -> workshops.pauseTimer(sessionId())));
        next.addClickListener(e -> run(() -> workshops.nextAgendaItem(sessionId())));
        affiliationCounts.addClassName("affiliation-counts");

        groupBy.setLabel(getTranslation("workshop.board.groupBy"));
        groupBy.setItems(BoardModel.GroupBy.values());
        groupBy.setItemLabelGenerator(g -> getTranslation("workshop.board.groupBy." + g.name()));
        groupBy.setValue(BoardModel.GroupBy.AFFILIATION);
        groupBy.addValueChangeListener(e -> {
            model.setGroupBy(e.getValue());
            rebuild();
        });
        search.setLabel(getTranslation("workshop.board.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refilter());
        affiliationFilter.setLabel(getTranslation("workshop.board.affiliation"));
        affiliationFilter.setItems(Affiliation.values());
        affiliationFilter.setEmptySelectionAllowed(true);
        affiliationFilter.setEmptySelectionCaption(getTranslation("workshop.board.all"));
        affiliationFilter.setItemLabelGenerator(a -> a == null ? getTranslation("workshop.board.all")
                : getTranslation("workshop.affiliation." + a.name()));
        affiliationFilter.addValueChangeListener(e -> refilter());
        discussionOnly.setLabel(getTranslation("workshop.board.discussionOnly"));
        discussionOnly.addValueChangeListener(e -> refilter());

        themeName.setPlaceholder(getTranslation("workshop.board.themeName"));
        themeName.setAriaLabel(getTranslation("workshop.board.themeName"));
        themeName.setMaxLength(WorkshopLimits.THEME_NAME_MAX);
        addTheme.setText(getTranslation("workshop.board.addTheme"));
        addTheme.addClickListener(e -> run(() -> {
            workshops.createTheme(sessionId(), themeName.getValue());
            themeName.clear();
        }));
        themeChoice.setLabel(getTranslation("workshop.board.theme"));
        themeChoice.setEmptySelectionAllowed(true);
        themeChoice.setEmptySelectionCaption(getTranslation("workshop.board.noTheme"));
        themeChoice.setItemLabelGenerator(t -> t == null ? getTranslation("workshop.board.noTheme") : t.name());
        assign.setText(getTranslation("workshop.board.assign"));
        assign.addClickListener(e -> run(() -> {
            Theme t = themeChoice.getValue();
            workshops.assignTheme(sessionId(), model.selectedIds(), t == null ? null : t.id());
            clearSelection();
        }));
        markDiscussion.setText(getTranslation("workshop.board.mark"));
        markDiscussion.addClickListener(e -> run(() -> {
            workshops.markForDiscussion(sessionId(), model.selectedIds(), true);
            clearSelection();
        }));
        unmarkDiscussion.setText(getTranslation("workshop.board.unmark"));
        unmarkDiscussion.addClickListener(e -> run(() -> {
            workshops.markForDiscussion(sessionId(), model.selectedIds(), false);
            clearSelection();
        }));
        dots.setLabel(getTranslation("workshop.dots"));
        dots.setMin(0);
        dots.setMax(WorkshopLimits.DOTS_MAX);
        dots.setStepButtonsVisible(true);
        dots.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                run(() -> workshops.setDotsPerPerson(sessionId(), e.getValue()));
            }
        });
        lock.addClickListener(e -> run(() -> workshops.setStatus(sessionId(),
                model.session().status() == SessionStatus.OPEN ? SessionStatus.LOCKED : SessionStatus.OPEN)));
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        groups.addClassName("board-groups");
        groups.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        boolean exists;
        try {
            exists = id != null && workshops.findSession(id).isPresent();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // another facilitator's session: only its owner, co-facilitators and ADMIN may open it
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (!exists) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        model = new BoardModel(workshops.board(id));
        model.observe(this::render);
        WorkshopSession session = model.session();
        setThemes();
        title.setText(session.title());
        joinCode.setText(getTranslation("workshop.board.code", session.joinCode()));
        timer.show(model.timer());
        showStatus(session.status(), session.dotsPerPerson());

        removeAll();
        Div head = new Div(new Div(title, joinCode), timer, new Div(start, pause, next));
        head.addClassName("board-head");
        Div filters = new Div(groupBy, affiliationFilter, search, discussionOnly);
        filters.addClassName("board-filters");
        Div tools = new Div(selection, themeChoice, assign, markDiscussion, unmarkDiscussion, themeName, addTheme);
        tools.addClassName("board-tools");
        Div sessionTools = new Div(dots, lock, status);
        sessionTools.addClassName("board-session");
        add(head, affiliationCounts, filters, tools, sessionTools, message, groups);
        rebuild();
    }

    private long sessionId() {
        return model.session().id();
    }

    private void run(Runnable action) {
        message.setText("");
        try {
            action.run();
        } catch (WorkshopException e) {
            message.setText(Labels.message(this, e));
        }
    }

    void toggle(long rowId) {
        boolean on = model.toggle(rowId);
        RowCard card = cards.get(rowId);
        if (card != null) {
            card.setClassName("selected", on);
        }
        selection.setText(getTranslation("workshop.board.selected", model.selected().size()));
    }

    private void clearSelection() {
        model.selectedIds().forEach(this::toggle);
    }

    private void setThemes() {
        Theme chosen = themeChoice.getValue();
        themeChoice.setItems(new ArrayList<>(model.themes().values()));
        if (chosen != null && model.themes().containsKey(chosen.id())) {
            themeChoice.setValue(model.themes().get(chosen.id()));
        }
    }

    private void showStatus(SessionStatus s, int dotsPerPerson) {
        status.setText(getTranslation("workshop.status." + s.name()));
        lock.setText(getTranslation(s == SessionStatus.OPEN ? "workshop.lock" : "workshop.reopen"));
        dots.setValue(dotsPerPerson);
    }

    private String groupLabel(BoardRow r) {
        return switch (model.groupBy()) {
            case AFFILIATION -> getTranslation("workshop.affiliation." + r.affiliation().name());
            case PARTICIPANT -> Labels.name(this, r.participantName()) + " (" + getTranslation("workshop.affiliation."
                    + r.affiliation().name()) + (r.organisation().isBlank() ? "" : "・" + r.organisation()) + ")";
            case THEME -> model.themeOf(r) == null ? getTranslation("workshop.board.noTheme") : model.themeOf(r).name();
        };
    }

    /** Redraws every group: on a change of grouping or themes, never per saved row. */
    void rebuild() {
        groups.removeAll();
        boxes.clear();
        cards.clear();
        model.orderedRows().forEach(this::place);
        boxes.values().forEach(this::recount);
        updateCounts();
    }

    private void place(BoardRow r) {
        RowCard card = new RowCard(r);
        cards.put(r.id(), card);
        box(r).body.add(card);
        card.setVisible(model.matches(r));
    }

    private GroupBox box(BoardRow r) {
        return boxes.computeIfAbsent(model.groupKey(r), k -> {
            GroupBox b = new GroupBox(k, groupLabel(r));
            groups.add(b);
            return b;
        });
    }

    /** Renders what the model changed: one card, the counts, the timer or the status; never a full redraw per row. */
    private void render(BoardModel.Change change) {
        if (change instanceof BoardModel.Change.RowApplied a) {
            showRow(a.old(), a.now());
        } else if (change instanceof BoardModel.Change.RowRemoved r) {
            RowCard card = cards.remove(r.old().id());
            if (card != null) {
                GroupBox box = boxes.get(model.groupKey(r.old()));
                card.removeFromParent();
                recount(box);
            }
            updateCounts();
        } else if (change instanceof BoardModel.Change.PeopleChanged) {
            updateCounts();
        } else if (change instanceof BoardModel.Change.ThemesChanged) {
            setThemes();
            if (model.groupBy() == BoardModel.GroupBy.THEME) {
                rebuild();
            } else {
                cards.values().forEach(c -> c.update(c.row));
            }
        } else if (change instanceof BoardModel.Change.TimerChanged t) {
            timer.show(t.timer());
        } else if (change instanceof BoardModel.Change.StatusChanged s) {
            showStatus(s.status(), s.dotsPerPerson());
        }
    }

    private void showRow(BoardRow old, BoardRow r) {
        RowCard card = cards.get(r.id());
        if (card == null) {
            place(r);
            recount(boxes.get(model.groupKey(r)));
        } else {
            String from = old == null ? null : model.groupKey(old);
            card.update(r);
            if (from != null && !from.equals(model.groupKey(r))) {
                GroupBox fromBox = boxes.get(from);
                GroupBox to = box(r);
                to.body.add(card);
                recount(fromBox);
                recount(to);
            }
            card.setVisible(model.matches(r));
        }
        updateCounts();
        onApplied.accept(r);
    }

    private void recount(GroupBox box) {
        if (box == null) {
            return;
        }
        long visible = box.body.getChildren().filter(c -> c.isVisible()).count();
        box.count.setText(getTranslation("workshop.board.count", visible));
        box.setVisible(visible > 0);
    }

    void refilter() {
        model.setFilter(search.getValue(), affiliationFilter.getValue(), discussionOnly.getValue());
        cards.values().forEach(c -> c.setVisible(model.matches(c.row)));
        boxes.values().forEach(this::recount);
    }

    private void updateCounts() {
        affiliationCounts.removeAll();
        affiliationCounts.add(new Span(getTranslation("workshop.board.total", model.people().size(), model.rows().size())));
        for (BoardModel.AffiliationCount c : model.affiliationCounts()) {
            Span s = new Span(getTranslation("workshop.board.affiliationCount",
                    getTranslation("workshop.affiliation." + c.affiliation().name()), c.people(), c.rows()));
            s.getElement().setAttribute("data-affiliation", c.affiliation().name());
            affiliationCounts.add(s);
        }
    }

    void onEvent(WorkshopEvent event) {
        model.apply(event);
    }

    /** Registers for the session's events while the page is shown; null before anything was loaded. */
    private WorkshopBroadcaster.Registration listen(UI ui) {
        if (model == null) {
            return null;
        }
        WorkshopBroadcaster.Registration registration = broadcaster.register(sessionId(), true, e -> ui.access(() -> onEvent(e)));
        // rows saved between the first read and the registration: the model skips what is already current
        workshops.board(sessionId()).rows().forEach(model::applyRow);
        return registration;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.board.title") + (model == null ? "" : "：" + model.session().title())
                + " | " + getTranslation("app.name");
    }
}
