package jp.banso.workshop;

import java.time.LocalDateTime;

public record WorkshopSession(long id, String title, SessionKind kind, LocalDateTime startsAt, String place,
                              boolean online, String hostMunicipality, int sheetOpenDaysBefore, int dotsPerPerson,
                              String joinCode, SessionStatus status, String createdBy, int version) {

    /** Sheets open at the start of the day {@code sheetOpenDaysBefore} days before the session. */
    public LocalDateTime sheetOpensAt() {
        return startsAt.toLocalDate().minusDays(sheetOpenDaysBefore).atStartOfDay();
    }
}
