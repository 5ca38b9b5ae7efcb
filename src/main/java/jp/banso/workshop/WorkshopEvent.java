package jp.banso.workshop;

import java.util.List;

/** What changed in a session, sent to open views after the change is committed. */
public sealed interface WorkshopEvent {

    long sessionId();

    /** Events of one group's worksheet go only to that group's members (and to every board); null: everyone. */
    default Long groupId() {
        return null;
    }

    /** Only facilitators' boards receive these; participants receive the others too. */
    default boolean boardOnly() {
        return false;
    }

    /** A row was added or changed (text, order, theme, discussion mark). */
    record RowSaved(long sessionId, BoardRow row) implements WorkshopEvent {
        @Override
        public boolean boardOnly() {
            return true;
        }
    }

    record RowDeleted(long sessionId, long rowId) implements WorkshopEvent {
        @Override
        public boolean boardOnly() {
            return true;
        }
    }

    record ParticipantJoined(long sessionId, Participant participant) implements WorkshopEvent {
        @Override
        public boolean boardOnly() {
            return true;
        }
    }

    record ThemesChanged(long sessionId, List<Theme> themes) implements WorkshopEvent {
        @Override
        public boolean boardOnly() {
            return true;
        }
    }

    /** The set of rows marked for discussion (the dot-vote candidates) or their order changed. */
    record CandidatesChanged(long sessionId) implements WorkshopEvent {
    }

    record VotesChanged(long sessionId, long rowId, int total) implements WorkshopEvent {
    }

    record TimerChanged(long sessionId, TimerState timer) implements WorkshopEvent {
    }

    record StatusChanged(long sessionId, SessionStatus status, int dotsPerPerson) implements WorkshopEvent {
    }

    /** Groups were formed, recomputed, edited, or a member moved: participants reload their table. */
    record GroupsChanged(long sessionId) implements WorkshopEvent {
    }

    /** One worksheet cell was stored. */
    record CellSaved(long sessionId, GroupCell cell) implements WorkshopEvent {
        @Override
        public Long groupId() {
            return cell.groupId();
        }
    }

    /** A worksheet got rows. */
    record SheetRowsChanged(long sessionId, long group, int rowCount) implements WorkshopEvent {
        @Override
        public Long groupId() {
            return group;
        }
    }

    /** 「全員をメインボードに戻す」: every participant's phone returns to its main page. */
    record Recalled(long sessionId) implements WorkshopEvent {
    }
}
