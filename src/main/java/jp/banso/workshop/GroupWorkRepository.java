package jp.banso.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of group work (V060); callers are GroupWorkService and GroupPlacement, which own the transactions. */
@Repository
class GroupWorkRepository {

    /** A group row without its members. */
    record GroupRow(long id, long sessionId, int tableNo, String scenarioSlug, Worksheet worksheet, int rowCount) {
    }

    /** A participant with what group work adds: municipality, consent, and where they sit. */
    record Seat(Participant participant, String municipality, boolean nameConsent, Long groupId, boolean pinned) {
    }

    private static final String GROUP_COLUMNS = "id, session_id, table_no, scenario_slug, worksheet, row_count";

    private final JdbcClient jdbc;

    GroupWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void setParticipantDetails(long participantId, String municipality, boolean nameConsent) {
        jdbc.sql("UPDATE workshop_participant SET municipality = ?, name_consent = ? WHERE id = ?")
                .params(municipality, nameConsent, participantId).update();
    }

    /** Everyone who joined the session, in joining order, with their seat (group null: not at a table). */
    List<Seat> seats(long sessionId) {
        return jdbc.sql("""
                SELECT p.id, p.session_id, p.display_name, p.affiliation, p.organisation, p.municipality, p.name_consent,
                       m.group_id, m.pinned
                FROM workshop_participant p LEFT JOIN workshop_group_member m ON m.participant_id = p.id
                WHERE p.session_id = ? ORDER BY p.id""").param(sessionId).query(GroupWorkRepository::seat).list();
    }

    Optional<Seat> seat(long participantId) {
        return jdbc.sql("""
                SELECT p.id, p.session_id, p.display_name, p.affiliation, p.organisation, p.municipality, p.name_consent,
                       m.group_id, m.pinned
                FROM workshop_participant p LEFT JOIN workshop_group_member m ON m.participant_id = p.id
                WHERE p.id = ?""").param(participantId).query(GroupWorkRepository::seat).optional();
    }

    private static Seat seat(ResultSet rs, int n) throws SQLException {
        Participant p = new Participant(rs.getLong(1), rs.getLong(2), rs.getString(3), Affiliation.valueOf(rs.getString(4)),
                rs.getString(5));
        long group = rs.getLong(8);
        return new Seat(p, rs.getString(6), rs.getBoolean(7), rs.wasNull() ? null : group, rs.getBoolean(9));
    }

    // --- groups

    List<GroupRow> groups(long sessionId) {
        return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM workshop_group WHERE session_id = ? ORDER BY table_no")
                .param(sessionId).query(GroupWorkRepository::group).list();
    }

    Optional<GroupRow> group(long groupId) {
        return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM workshop_group WHERE id = ?").param(groupId)
                .query(GroupWorkRepository::group).optional();
    }

    /** Serialises row additions of one worksheet. */
    Optional<GroupRow> lockGroup(long groupId) {
        return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM workshop_group WHERE id = ? FOR UPDATE").param(groupId)
                .query(GroupWorkRepository::group).optional();
    }

    private static GroupRow group(ResultSet rs, int n) throws SQLException {
        return new GroupRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), Worksheet.valueOf(rs.getString(5)),
                rs.getInt(6));
    }

    long insertGroup(long sessionId, int tableNo, String scenarioSlug, Worksheet worksheet) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workshop_group (session_id, table_no, scenario_slug, worksheet) VALUES (?, ?, ?, ?)")
                .params(sessionId, tableNo, scenarioSlug, worksheet.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setScenario(long groupId, String scenarioSlug, Worksheet worksheet) {
        jdbc.sql("UPDATE workshop_group SET scenario_slug = ?, worksheet = ?, version = version + 1 WHERE id = ?")
                .params(scenarioSlug, worksheet.name(), groupId).update();
    }

    void deleteGroupsAbove(long sessionId, int tableNo) {
        jdbc.sql("DELETE FROM workshop_group WHERE session_id = ? AND table_no > ?").params(sessionId, tableNo).update();
    }

    void clearMembers(long sessionId) {
        jdbc.sql("DELETE m FROM workshop_group_member m JOIN workshop_group g ON g.id = m.group_id WHERE g.session_id = ?")
                .param(sessionId).update();
    }

    void seatMember(long participantId, long groupId, boolean pinned) {
        jdbc.sql("""
                INSERT INTO workshop_group_member (participant_id, group_id, pinned) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE group_id = VALUES(group_id), pinned = VALUES(pinned)""")
                .params(participantId, groupId, pinned).update();
    }

    void setPinned(long participantId, boolean pinned) {
        jdbc.sql("UPDATE workshop_group_member SET pinned = ? WHERE participant_id = ?").params(pinned, participantId).update();
    }

    // --- worksheet cells

    /** Creates rows {@code from}..{@code from+texts.size()-1}, each with the worksheet's columns (first column's text given). */
    void addRows(GroupRow g, List<String> firstColumnTexts) {
        int row = g.rowCount();
        for (String first : firstColumnTexts) {
            List<String> cols = g.worksheet().columns();
            for (int c = 0; c < cols.size(); c++) {
                jdbc.sql("INSERT INTO workshop_group_cell (group_id, row_no, col, text) VALUES (?, ?, ?, ?)")
                        .params(g.id(), row, cols.get(c), c == 0 ? first : "").update();
            }
            row++;
        }
        jdbc.sql("UPDATE workshop_group SET row_count = ? WHERE id = ?").params(row, g.id()).update();
    }

    void addNotes(long groupId) {
        jdbc.sql("INSERT IGNORE INTO workshop_group_cell (group_id, row_no, col, text) VALUES (?, ?, ?, '')")
                .params(groupId, Worksheet.NOTES_ROW, Worksheet.NOTES).update();
    }

    void deleteRows(long groupId) {
        jdbc.sql("DELETE FROM workshop_group_cell WHERE group_id = ? AND row_no >= 0").param(groupId).update();
        jdbc.sql("UPDATE workshop_group SET row_count = 0 WHERE id = ?").param(groupId).update();
    }

    boolean hasText(long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_group_cell WHERE group_id = ? AND text <> '' AND col <> 'role'")
                .param(groupId).query(Long.class).single() > 0;
    }

    List<GroupCell> cells(long groupId) {
        return jdbc.sql("SELECT group_id, row_no, col, text, version FROM workshop_group_cell WHERE group_id = ? ORDER BY row_no, col")
                .param(groupId).query(GroupWorkRepository::cell).list();
    }

    /** Every cell of every group of the session, by group. */
    Map<Long, List<GroupCell>> cellsOfSession(long sessionId) {
        Map<Long, List<GroupCell>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.group_id, c.row_no, c.col, c.text, c.version FROM workshop_group_cell c
                JOIN workshop_group g ON g.id = c.group_id WHERE g.session_id = ? ORDER BY c.group_id, c.row_no, c.col""")
                .param(sessionId).query(GroupWorkRepository::cell).list()
                .forEach(c -> out.computeIfAbsent(c.groupId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    Optional<GroupCell> lockCell(long groupId, int row, String col) {
        return jdbc.sql("SELECT group_id, row_no, col, text, version FROM workshop_group_cell WHERE group_id = ? AND row_no = ? AND col = ? FOR UPDATE")
                .params(groupId, row, col).query(GroupWorkRepository::cell).optional();
    }

    void writeCell(long groupId, int row, String col, String text) {
        jdbc.sql("UPDATE workshop_group_cell SET text = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP(3) WHERE group_id = ? AND row_no = ? AND col = ?")
                .params(text, groupId, row, col).update();
    }

    private static GroupCell cell(ResultSet rs, int n) throws SQLException {
        return new GroupCell(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }
}
