package jp.banso.workshop;

import java.util.List;

/** Everything the live board shows at one moment; later changes arrive as {@link WorkshopEvent}s. */
public record Board(WorkshopSession session, List<AgendaItem> agenda, TimerState timer, List<Participant> participants,
                    List<BoardRow> rows, List<Theme> themes) {
}
