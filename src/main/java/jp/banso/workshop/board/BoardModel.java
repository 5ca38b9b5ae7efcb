package jp.banso.workshop.board;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.Board;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.Participant;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.Theme;
import jp.banso.workshop.TimerState;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopSession;

/**
 * What the live board knows at one moment: rows, participants, themes, timer, status, the facilitator's
 * selection and filters. Events from the broadcaster go in through {@link #apply}; views observe the model
 * and only render. No Vaadin here, so tests and the group tiles drive the same rules the board shows.
 * Used from one UI's thread at a time (inside {@code UI.access}), like the components that observe it.
 */
public final class BoardModel {

    public enum GroupBy { AFFILIATION, PARTICIPANT, THEME }

    /** What {@link #apply} changed, for the views to redraw only that. */
    public sealed interface Change {
        record RowApplied(BoardRow old, BoardRow now) implements Change { }

        record RowRemoved(BoardRow old) implements Change { }

        record PeopleChanged() implements Change { }

        record ThemesChanged() implements Change { }

        record TimerChanged(TimerState timer) implements Change { }

        record StatusChanged(SessionStatus status, int dotsPerPerson) implements Change { }

        /** Nothing on the board changed (an older version, or an event the board ignores). */
        record None() implements Change { }
    }

    /** Counts per affiliation: people present and rows written. */
    public record AffiliationCount(Affiliation affiliation, int people, int rows) { }

    private final Map<Long, BoardRow> rows = new LinkedHashMap<>();
    /** Versions of rows that are blank now: kept out of {@link #rows} so a late older version cannot bring them back. */
    private final Map<Long, Integer> blankVersions = new java.util.HashMap<>();
    private final Map<Long, Participant> people = new LinkedHashMap<>();
    private final Map<Long, Theme> themes = new LinkedHashMap<>();
    private final Set<Long> selected = new LinkedHashSet<>();
    private final List<java.util.function.Consumer<Change>> observers = new CopyOnWriteArrayList<>();
    private WorkshopSession session;
    private TimerState timer = TimerState.IDLE;
    private GroupBy groupBy = GroupBy.AFFILIATION;
    private String search = "";
    private Affiliation affiliationFilter;
    private boolean discussionOnly;

    public BoardModel(Board board) {
        session = board.session();
        timer = board.timer();
        board.rows().forEach(r -> {
            if (isBlank(r)) {
                blankVersions.put(r.id(), r.version());
            } else {
                rows.put(r.id(), r);
            }
        });
        board.participants().forEach(p -> people.put(p.id(), p));
        board.themes().forEach(t -> themes.put(t.id(), t));
    }

    public void observe(java.util.function.Consumer<Change> observer) {
        observers.add(observer);
    }

    // --- reading

    public WorkshopSession session() {
        return session;
    }

    public TimerState timer() {
        return timer;
    }

    public Map<Long, BoardRow> rows() {
        return Collections.unmodifiableMap(rows);
    }

    public Map<Long, Participant> people() {
        return Collections.unmodifiableMap(people);
    }

    public Map<Long, Theme> themes() {
        return Collections.unmodifiableMap(themes);
    }

    public Set<Long> selected() {
        return Collections.unmodifiableSet(selected);
    }

    public GroupBy groupBy() {
        return groupBy;
    }

    /** The theme of a row when it still exists. */
    public Theme themeOf(BoardRow r) {
        return r.themeId() == null ? null : themes.get(r.themeId());
    }

    /** The key of the group a row belongs to under the current grouping. */
    public String groupKey(BoardRow r) {
        return switch (groupBy) {
            case AFFILIATION -> r.affiliation().name();
            case PARTICIPANT -> "p" + r.participantId();
            case THEME -> themeOf(r) == null ? "none" : "t" + r.themeId();
        };
    }

    /** Rows in board order: by group, then by participant and their own order. */
    public List<BoardRow> orderedRows() {
        List<Long> themeOrder = new ArrayList<>(themes.keySet());
        Comparator<BoardRow> groups = switch (groupBy) {
            case AFFILIATION -> Comparator.comparing(BoardRow::affiliation);
            case PARTICIPANT -> Comparator.comparingLong(BoardRow::participantId);
            case THEME -> Comparator.comparingInt(r -> themeOf(r) == null ? Integer.MAX_VALUE : themeOrder.indexOf(r.themeId()));
        };
        return rows.values().stream()
                .sorted(groups.thenComparingLong(BoardRow::participantId).thenComparingInt(BoardRow::position))
                .toList();
    }

    public boolean matches(BoardRow r) {
        if (affiliationFilter != null && r.affiliation() != affiliationFilter) {
            return false;
        }
        if (discussionOnly && !r.forDiscussion()) {
            return false;
        }
        String q = norm(search);
        return q.isEmpty() || norm(r.item() + " " + r.content() + " " + r.improvement() + " " + r.participantName()
                + " " + r.organisation()).contains(q);
    }

    public List<AffiliationCount> affiliationCounts() {
        Map<Affiliation, int[]> counts = new EnumMap<>(Affiliation.class);
        for (Affiliation a : Affiliation.values()) {
            counts.put(a, new int[2]);
        }
        people.values().forEach(p -> counts.get(p.affiliation())[0]++);
        rows.values().forEach(r -> counts.get(r.affiliation())[1]++);
        List<AffiliationCount> out = new ArrayList<>();
        counts.forEach((a, c) -> {
            if (c[0] > 0 || c[1] > 0) {
                out.add(new AffiliationCount(a, c[0], c[1]));
            }
        });
        return out;
    }

    // --- the facilitator's view state

    public void setGroupBy(GroupBy g) {
        groupBy = g == null ? GroupBy.AFFILIATION : g;
    }

    public void setFilter(String searchText, Affiliation affiliation, boolean onlyForDiscussion) {
        search = searchText == null ? "" : searchText;
        affiliationFilter = affiliation;
        discussionOnly = onlyForDiscussion;
    }

    /** Selects or unselects a row; returns whether it is now selected. */
    public boolean toggle(long rowId) {
        if (!selected.remove(rowId)) {
            selected.add(rowId);
            return true;
        }
        return false;
    }

    public List<Long> selectedIds() {
        return new ArrayList<>(selected);
    }

    // --- changes

    /** Applies one event; observers hear what changed. */
    public Change apply(WorkshopEvent event) {
        Change change;
        if (event instanceof WorkshopEvent.RowSaved s) {
            return applyRow(s.row());
        } else if (event instanceof WorkshopEvent.RowDeleted d) {
            BoardRow old = rows.remove(d.rowId());
            blankVersions.remove(d.rowId());
            selected.remove(d.rowId());
            change = old == null ? new Change.None() : new Change.RowRemoved(old);
        } else if (event instanceof WorkshopEvent.ParticipantJoined j) {
            people.put(j.participant().id(), j.participant());
            change = new Change.PeopleChanged();
        } else if (event instanceof WorkshopEvent.ThemesChanged t) {
            themes.clear();
            t.themes().forEach(x -> themes.put(x.id(), x));
            change = new Change.ThemesChanged();
        } else if (event instanceof WorkshopEvent.VotesChanged v && rows.containsKey(v.rowId())) {
            BoardRow r = rows.get(v.rowId());
            BoardRow now = r.withVotes(v.total());
            rows.put(r.id(), now);
            change = new Change.RowApplied(r, now);
        } else if (event instanceof WorkshopEvent.TimerChanged t) {
            timer = t.timer();
            change = new Change.TimerChanged(t.timer());
        } else if (event instanceof WorkshopEvent.StatusChanged s) {
            session = withStatus(session, s.status(), s.dotsPerPerson());
            change = new Change.StatusChanged(s.status(), s.dotsPerPerson());
        } else {
            change = new Change.None();
        }
        return fire(change);
    }

    /**
     * A saved row, unless an older version overtaken by a newer one. A row with all three columns blank is no card
     * and counts for nothing (a participant taps 行を追加 before writing); it shows up once it has text.
     */
    public Change applyRow(BoardRow r) {
        BoardRow old = rows.get(r.id());
        Integer blankVersion = blankVersions.get(r.id());
        if ((old != null && old.version() > r.version()) || (blankVersion != null && blankVersion > r.version())) {
            return new Change.None();
        }
        if (isBlank(r)) {
            blankVersions.put(r.id(), r.version());
            rows.remove(r.id());
            selected.remove(r.id());
            return old == null ? new Change.None() : fire(new Change.RowRemoved(old));
        }
        blankVersions.remove(r.id());
        rows.put(r.id(), r);
        return fire(new Change.RowApplied(old, r));
    }

    /** Whether a row has nothing written in any of its three columns. */
    public static boolean isBlank(BoardRow r) {
        return blank(r.item()) && blank(r.content()) && blank(r.improvement());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Change fire(Change change) {
        if (!(change instanceof Change.None)) {
            observers.forEach(o -> o.accept(change));
        }
        return change;
    }

    private static WorkshopSession withStatus(WorkshopSession s, SessionStatus status, int dots) {
        return new WorkshopSession(s.id(), s.title(), s.kind(), s.startsAt(), s.place(), s.online(), s.hostMunicipality(),
                s.sheetOpenDaysBefore(), dots, s.joinCode(), status, s.createdBy(), s.version());
    }

    private static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
