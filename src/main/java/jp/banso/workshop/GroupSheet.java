package jp.banso.workshop;

import java.util.List;

/** A group's worksheet at one moment; later changes arrive as {@link WorkshopEvent.CellSaved}. */
public record GroupSheet(long groupId, long sessionId, int tableNo, Worksheet worksheet, int rowCount,
                         List<GroupCell> cells) {
}
