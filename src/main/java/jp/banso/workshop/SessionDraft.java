package jp.banso.workshop;

import java.time.LocalDateTime;

/** What the facilitator enters for a session. */
public record SessionDraft(String title, SessionKind kind, LocalDateTime startsAt, String place, boolean online,
                           String hostMunicipality, int sheetOpenDaysBefore, int dotsPerPerson) {
}
