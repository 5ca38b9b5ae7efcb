package jp.banso.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL of the workshop feature; callers are the two services, which own the transactions. */
@Repository
class WorkshopRepository {

    /** The timer columns as stored. */
    record TimerRow(Integer position, Instant startedAt, long elapsedMs) {
    }

    private static final String SESSION_COLUMNS = """
            id, title, kind, starts_at, place, online, host_municipality, sheet_open_days_before, dots_per_person,
            join_code, status, created_by, version""";

    private static final String BOARD_ROW_SELECT = """
            SELECT r.id, r.session_id, r.participant_id, p.display_name, p.affiliation, p.organisation, r.position,
                   r.item, r.content, r.improvement, r.theme_id, r.for_discussion,
                   (SELECT COUNT(*) FROM workshop_vote v WHERE v.row_id = r.id) AS votes, r.version
            FROM workshop_sheet_row r JOIN workshop_participant p ON p.id = r.participant_id
            """;

    private final JdbcClient jdbc;

    WorkshopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- sessions

    long insertSession(SessionDraft d, String joinCode, String createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO workshop_session (title, kind, starts_at, place, online, host_municipality,
                       sheet_open_days_before, dots_per_person, join_code, created_by, owner)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.title(), d.kind().name(), d.startsAt(), d.place(), d.online(), d.hostMunicipality(),
                        d.sheetOpenDaysBefore(), d.dotsPerPerson(), joinCode, createdBy, createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateSession(long id, int version, SessionDraft d) {
        return jdbc.sql("""
                UPDATE workshop_session SET title = ?, kind = ?, starts_at = ?, place = ?, online = ?,
                       host_municipality = ?, sheet_open_days_before = ?, dots_per_person = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), d.kind().name(), d.startsAt(), d.place(), d.online(), d.hostMunicipality(),
                        d.sheetOpenDaysBefore(), d.dotsPerPerson(), id, version)
                .update() == 1;
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_session WHERE join_code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    Optional<WorkshopSession> findSession(long id) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM workshop_session WHERE id = ?").param(id)
                .query(WorkshopRepository::session).optional();
    }

    Optional<WorkshopSession> findSessionByCode(String code) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM workshop_session WHERE join_code = ?").param(code)
                .query(WorkshopRepository::session).optional();
    }

    List<WorkshopSession> listSessions() {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM workshop_session ORDER BY starts_at DESC, id DESC")
                .query(WorkshopRepository::session).list();
    }

    /** Sessions {@code username} owns or co-facilitates. */
    List<WorkshopSession> listSessionsOf(String username) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM workshop_session s WHERE owner = ? OR EXISTS"
                        + " (SELECT 1 FROM workshop_co_facilitator c WHERE c.session_id = s.id AND c.username = ?)"
                        + " ORDER BY starts_at DESC, id DESC").params(username, username)
                .query(WorkshopRepository::session).list();
    }

    boolean isFacilitatorOf(long sessionId, String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM workshop_session s WHERE s.id = ? AND (s.owner = ? OR EXISTS
                  (SELECT 1 FROM workshop_co_facilitator c WHERE c.session_id = s.id AND c.username = ?))""")
                .params(sessionId, username, username).query(Long.class).single() > 0;
    }

    String owner(long sessionId) {
        return jdbc.sql("SELECT owner FROM workshop_session WHERE id = ?").param(sessionId).query(String.class).single();
    }

    List<String> coFacilitators(long sessionId) {
        return jdbc.sql("SELECT username FROM workshop_co_facilitator WHERE session_id = ? ORDER BY username")
                .param(sessionId).query(String.class).list();
    }

    void addCoFacilitator(long sessionId, String username, String addedBy) {
        jdbc.sql("INSERT IGNORE INTO workshop_co_facilitator (session_id, username, added_by) VALUES (?, ?, ?)")
                .params(sessionId, username, addedBy).update();
    }

    void removeCoFacilitator(long sessionId, String username) {
        jdbc.sql("DELETE FROM workshop_co_facilitator WHERE session_id = ? AND username = ?")
                .params(sessionId, username).update();
    }

    /**
     * Enabled accounts that may facilitate. Reads the security feature's tables directly (read only, one query)
     * rather than widening UserService, whose methods are for admins.
     */
    List<String> facilitatorUsernames() {
        return jdbc.sql("""
                SELECT DISTINCT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE u.enabled AND r.role IN ('FACILITATOR', 'ADMIN') ORDER BY u.username""")
                .query(String.class).list();
    }

    /**
     * Closing starts a new token epoch (V046): the tokens handed out so far stay dead even if the session is
     * reopened. MariaDB assigns left to right, so epoch and closed_at are set while status still holds the old value.
     */
    void setStatus(long id, SessionStatus status, Instant now) {
        boolean closing = status == SessionStatus.CLOSED;
        jdbc.sql("""
                UPDATE workshop_session
                SET token_epoch = token_epoch + IF(? AND status <> 'CLOSED', 1, 0),
                    closed_at = IF(? AND status <> 'CLOSED', ?, closed_at),
                    status = ?, version = version + 1
                WHERE id = ?""")
                .params(closing, closing, Timestamp.from(now), status.name(), id).update();
    }

    void setDots(long id, int dots) {
        jdbc.sql("UPDATE workshop_session SET dots_per_person = ?, version = version + 1 WHERE id = ?")
                .params(dots, id).update();
    }

    /** Serialises timer and status changes of one session. */
    void lockSession(long id) {
        jdbc.sql("SELECT id FROM workshop_session WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    TimerRow findTimer(long sessionId) {
        return jdbc.sql("SELECT timer_position, timer_started_at, timer_elapsed_ms FROM workshop_session WHERE id = ?")
                .param(sessionId)
                .query((rs, n) -> new TimerRow((Integer) rs.getObject(1, Integer.class),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getLong(3)))
                .single();
    }

    void setTimer(long sessionId, Integer position, Instant startedAt, long elapsedMs) {
        jdbc.sql("UPDATE workshop_session SET timer_position = ?, timer_started_at = ?, timer_elapsed_ms = ? WHERE id = ?")
                .params(position, startedAt == null ? null : Timestamp.from(startedAt), elapsedMs, sessionId).update();
    }

    private static WorkshopSession session(ResultSet rs, int n) throws SQLException {
        return new WorkshopSession(rs.getLong("id"), rs.getString("title"), SessionKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toLocalDateTime(), rs.getString("place"), rs.getBoolean("online"),
                rs.getString("host_municipality"), rs.getInt("sheet_open_days_before"), rs.getInt("dots_per_person"),
                rs.getString("join_code"), SessionStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getInt("version"));
    }

    // --- agenda

    List<AgendaItem> agenda(long sessionId) {
        return jdbc.sql("""
                SELECT id, position, title, minutes, kind, article_slug FROM workshop_agenda_item
                WHERE session_id = ? ORDER BY position, id""").param(sessionId)
                .query((rs, n) -> new AgendaItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        AgendaKind.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    long insertAgendaItem(long sessionId, int position, AgendaItemDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workshop_agenda_item (session_id, position, title, minutes, kind, article_slug) VALUES (?, ?, ?, ?, ?, ?)")
                .params(sessionId, position, d.title(), d.minutes(), d.kind().name(), d.articleSlug())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteAgendaItem(long sessionId, long itemId) {
        return jdbc.sql("DELETE FROM workshop_agenda_item WHERE id = ? AND session_id = ?").params(itemId, sessionId)
                .update() == 1;
    }

    boolean updateAgendaItem(long sessionId, long itemId, AgendaItemDraft d) {
        return jdbc.sql("UPDATE workshop_agenda_item SET title = ?, minutes = ?, kind = ?, article_slug = ? WHERE id = ? AND session_id = ?")
                .params(d.title(), d.minutes(), d.kind().name(), d.articleSlug(), itemId, sessionId).update() == 1;
    }

    void setAgendaPosition(long itemId, int position) {
        jdbc.sql("UPDATE workshop_agenda_item SET position = ? WHERE id = ?").params(position, itemId).update();
    }

    // --- participants

    long insertParticipant(long sessionId, String tokenHash, String displayName, Affiliation affiliation,
                           String organisation) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO workshop_participant (session_id, token_hash, display_name, affiliation, organisation, token_epoch)
                VALUES (?, ?, ?, ?, ?, (SELECT token_epoch FROM workshop_session WHERE id = ?))""")
                .params(sessionId, tokenHash, displayName, affiliation.name(), organisation, sessionId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The SQL condition for a participant {@code p} whose token still works (see V046); one parameter: the grace cutoff. */
    private static final String TOKEN_ALIVE = """
            (p.token_epoch = s.token_epoch
             OR (s.status = 'CLOSED' AND p.token_epoch = s.token_epoch - 1 AND s.closed_at > ?))""";

    /** The participant of a live token: not of an epoch ended by closing the session (past its grace). */
    Optional<Participant> findParticipantByTokenHash(String tokenHash, Instant graceCutoff) {
        return jdbc.sql("""
                SELECT p.id, p.session_id, p.display_name, p.affiliation, p.organisation
                FROM workshop_participant p JOIN workshop_session s ON s.id = p.session_id
                WHERE p.token_hash = ? AND """ + TOKEN_ALIVE)
                .params(tokenHash, Timestamp.from(graceCutoff)).query(WorkshopRepository::participant).optional();
    }

    boolean tokenAlive(long participantId, Instant graceCutoff) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM workshop_participant p JOIN workshop_session s ON s.id = p.session_id
                WHERE p.id = ? AND """ + TOKEN_ALIVE)
                .params(participantId, Timestamp.from(graceCutoff)).query(Long.class).single() > 0;
    }

    List<Participant> participants(long sessionId) {
        return jdbc.sql("SELECT id, session_id, display_name, affiliation, organisation FROM workshop_participant WHERE session_id = ? ORDER BY id")
                .param(sessionId).query(WorkshopRepository::participant).list();
    }

    /** Finds and locks (FOR UPDATE) the participant of a token; see ParticipantService.meLocked for why first. */
    Optional<Participant> lockParticipantByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT id, session_id, display_name, affiliation, organisation FROM workshop_participant WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash).query(WorkshopRepository::participant).optional();
    }

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong(1), rs.getLong(2), rs.getString(3), Affiliation.valueOf(rs.getString(4)),
                rs.getString(5));
    }

    // --- sheet rows

    long insertRow(long sessionId, long participantId, int position, RowText t) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO workshop_sheet_row (session_id, participant_id, position, item, content, improvement)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(sessionId, participantId, position, t.item(), t.content(), t.improvement())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<SheetRow> rowsOf(long participantId) {
        return jdbc.sql("""
                SELECT id, participant_id, position, item, content, improvement, version FROM workshop_sheet_row
                WHERE participant_id = ? ORDER BY position, id""").param(participantId)
                .query(WorkshopRepository::sheetRow).list();
    }

    Optional<SheetRow> findRow(long rowId, long participantId) {
        return jdbc.sql("""
                SELECT id, participant_id, position, item, content, improvement, version FROM workshop_sheet_row
                WHERE id = ? AND participant_id = ?""").params(rowId, participantId)
                .query(WorkshopRepository::sheetRow).optional();
    }

    int countRows(long participantId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_sheet_row WHERE participant_id = ?").param(participantId)
                .query(Integer.class).single();
    }

    int nextPosition(long participantId) {
        return jdbc.sql("SELECT COALESCE(MAX(position) + 1, 0) FROM workshop_sheet_row WHERE participant_id = ?")
                .param(participantId).query(Integer.class).single();
    }

    /** Optimistic lock: false when the row changed since {@code version} or is gone. */
    boolean updateRowText(long rowId, long participantId, int version, RowText t) {
        return jdbc.sql("""
                UPDATE workshop_sheet_row SET item = ?, content = ?, improvement = ?, version = version + 1,
                       updated_at = CURRENT_TIMESTAMP(3)
                WHERE id = ? AND participant_id = ? AND version = ?""")
                .params(t.item(), t.content(), t.improvement(), rowId, participantId, version).update() == 1;
    }

    /** Order is not text: moving a row does not make another tab's text edit stale. */
    void setRowPosition(long rowId, int position) {
        jdbc.sql("UPDATE workshop_sheet_row SET position = ? WHERE id = ?").params(position, rowId).update();
    }

    boolean deleteRow(long rowId, long participantId) {
        return jdbc.sql("DELETE FROM workshop_sheet_row WHERE id = ? AND participant_id = ?")
                .params(rowId, participantId).update() == 1;
    }

    private static SheetRow sheetRow(ResultSet rs, int n) throws SQLException {
        return new SheetRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7));
    }

    Optional<BoardRow> findBoardRow(long rowId) {
        return jdbc.sql(BOARD_ROW_SELECT + " WHERE r.id = ?").param(rowId).query(WorkshopRepository::boardRow).optional();
    }

    List<BoardRow> boardRows(long sessionId) {
        return jdbc.sql(BOARD_ROW_SELECT + " WHERE r.session_id = ? ORDER BY p.id, r.position, r.id").param(sessionId)
                .query(WorkshopRepository::boardRow).list();
    }

    int setTheme(long sessionId, Collection<Long> rowIds, Long themeId) {
        int n = 0;
        for (long id : rowIds) {
            n += jdbc.sql("UPDATE workshop_sheet_row SET theme_id = ? WHERE id = ? AND session_id = ?")
                    .params(themeId, id, sessionId).update();
        }
        return n;
    }

    int setForDiscussion(long sessionId, Collection<Long> rowIds, boolean flag) {
        int n = 0;
        for (long id : rowIds) {
            n += jdbc.sql("UPDATE workshop_sheet_row SET for_discussion = ? WHERE id = ? AND session_id = ?")
                    .params(flag, id, sessionId).update();
        }
        return n;
    }

    private static BoardRow boardRow(ResultSet rs, int n) throws SQLException {
        return new BoardRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                Affiliation.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                rs.getString(10), (Long) rs.getObject(11, Long.class), rs.getBoolean(12), rs.getInt(13), rs.getInt(14));
    }

    // --- themes

    long insertTheme(long sessionId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workshop_theme (session_id, name) VALUES (?, ?)").params(sessionId, name)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Theme> themes(long sessionId) {
        return jdbc.sql("SELECT id, name FROM workshop_theme WHERE session_id = ? ORDER BY id").param(sessionId)
                .query((rs, n) -> new Theme(rs.getLong(1), rs.getString(2))).list();
    }

    // --- votes

    boolean insertVote(long rowId, long participantId) {
        return jdbc.sql("INSERT IGNORE INTO workshop_vote (row_id, participant_id) VALUES (?, ?)")
                .params(rowId, participantId).update() == 1;
    }

    boolean deleteVote(long rowId, long participantId) {
        return jdbc.sql("DELETE FROM workshop_vote WHERE row_id = ? AND participant_id = ?")
                .params(rowId, participantId).update() == 1;
    }

    int votesOf(long participantId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_vote WHERE participant_id = ?").param(participantId)
                .query(Integer.class).single();
    }

    int votesFor(long rowId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_vote WHERE row_id = ?").param(rowId).query(Integer.class).single();
    }

    Set<Long> rowsVotedBy(long participantId) {
        return Set.copyOf(jdbc.sql("SELECT row_id FROM workshop_vote WHERE participant_id = ?").param(participantId)
                .query(Long.class).list());
    }

    List<BoardRow> candidates(long sessionId) {
        return jdbc.sql(BOARD_ROW_SELECT + " WHERE r.session_id = ? AND r.for_discussion ORDER BY r.id").param(sessionId)
                .query(WorkshopRepository::boardRow).list();
    }
}
