package jp.banso.workshop.board;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.banso.workshop.GroupCell;
import jp.banso.workshop.GroupSheet;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.Worksheet;

/**
 * One group's worksheet as its members' phones and the facilitator's tiles show it: the newest stored version
 * of every cell. Events from the broadcaster go in through {@link #apply}; an older version never replaces a
 * newer one (events and a save's own answer may arrive in either order).
 */
public final class WorksheetModel {

    /** What changed: one cell, or the number of rows. */
    public sealed interface Change {
        record CellChanged(GroupCell cell) implements Change { }

        record RowsChanged(int rowCount) implements Change { }
    }

    private final long groupId;
    private final int tableNo;
    private final Worksheet worksheet;
    private final Map<String, GroupCell> cells = new LinkedHashMap<>();
    private final List<Consumer<Change>> observers = new CopyOnWriteArrayList<>();
    private int rowCount;

    public WorksheetModel(GroupSheet sheet) {
        groupId = sheet.groupId();
        tableNo = sheet.tableNo();
        worksheet = sheet.worksheet();
        rowCount = sheet.rowCount();
        sheet.cells().forEach(c -> cells.put(c.key(), c));
    }

    public void observe(Consumer<Change> observer) {
        observers.add(observer);
    }

    public long groupId() {
        return groupId;
    }

    public int tableNo() {
        return tableNo;
    }

    public Worksheet worksheet() {
        return worksheet;
    }

    public int rowCount() {
        return rowCount;
    }

    public Map<String, GroupCell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    public GroupCell cell(int row, String col) {
        GroupCell c = cells.get(row + ":" + col);
        return c == null ? new GroupCell(groupId, row, col, "", 0) : c;
    }

    /** Applies an event of this group (others are ignored); returns whether anything changed. */
    public boolean apply(WorkshopEvent event) {
        if (event instanceof WorkshopEvent.CellSaved s && s.cell().groupId() == groupId) {
            return applyCell(s.cell());
        }
        if (event instanceof WorkshopEvent.SheetRowsChanged r && r.group() == groupId && r.rowCount() > rowCount) {
            rowCount = r.rowCount();
            observers.forEach(o -> o.accept(new Change.RowsChanged(rowCount)));
            return true;
        }
        return false;
    }

    /** A stored cell (from an event or the answer to one's own save), unless an older version. */
    public boolean applyCell(GroupCell c) {
        GroupCell old = cells.get(c.key());
        if (old != null && old.version() >= c.version()) {
            return false;
        }
        cells.put(c.key(), c);
        if (c.row() >= rowCount) {
            rowCount = c.row() + 1;
            observers.forEach(o -> o.accept(new Change.RowsChanged(rowCount)));
        }
        observers.forEach(o -> o.accept(new Change.CellChanged(c)));
        return true;
    }
}
