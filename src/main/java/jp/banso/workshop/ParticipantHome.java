package jp.banso.workshop;

import java.util.List;

/** What a participant's page needs: who they are, their session, agenda, timer and sheet. */
public record ParticipantHome(Participant me, WorkshopSession session, List<AgendaItem> agenda, TimerState timer,
                              boolean sheetEditable, List<SheetRow> rows) {
}
