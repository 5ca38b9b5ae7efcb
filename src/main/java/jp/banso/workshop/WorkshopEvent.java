package jp.banso.workshop;

import java.util.List;

/** What changed in a session, sent to open views after the change is committed. */
public sealed interface WorkshopEvent {

    long sessionId();

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
}
