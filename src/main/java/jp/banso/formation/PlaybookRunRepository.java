package jp.banso.formation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables formation_playbook_run and formation_run_step (V071), formation_step_attachment (V100). */
@Repository
class PlaybookRunRepository {

    private final JdbcClient jdbc;

    PlaybookRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRun(String slug, String title, String municipalityCode, String prefectureCode, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO formation_playbook_run (playbook_slug, playbook_title, municipality_code, prefecture_code, "
                        + "started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(slug, title, municipalityCode, prefectureCode, by, Timestamp.from(at)).update(keys);
        return keys.getKey().longValue();
    }

    void insertStep(long runId, int position, String anchor, String title, String whatToDo, List<String> agenda, String scenario) {
        jdbc.sql("INSERT INTO formation_run_step (run_id, position, anchor, title, what_to_do, agenda, scenario_slug) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(runId, position, anchor, title, whatToDo, String.join("\n", agenda), scenario).update();
    }

    /** Locks the run for the rest of the transaction and checks its version; false when it changed. */
    boolean bumpRun(long runId, int version) {
        return jdbc.sql("UPDATE formation_playbook_run SET version = version + 1 WHERE id = ? AND version = ?")
                .params(runId, version).update() == 1;
    }

    Optional<PlaybookRun> run(long id) {
        return jdbc.sql(RUN_SELECT + " WHERE r.id = ?").param(id).query(this::mapRun).optional();
    }

    List<PlaybookRun> runsOf(String adopterCode) {
        return jdbc.sql(RUN_SELECT + " WHERE r.municipality_code = ? OR r.prefecture_code = ? ORDER BY r.id DESC")
                .params(adopterCode, adopterCode).query(this::mapRun).list();
    }

    private static final String RUN_SELECT = "SELECT r.*, COALESCE(m.name, p.name) AS adopter_name FROM formation_playbook_run r "
            + "LEFT JOIN formation_municipality m ON m.code = r.municipality_code "
            + "LEFT JOIN formation_prefecture p ON p.code = r.prefecture_code";

    private PlaybookRun mapRun(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new PlaybookRun(id, rs.getString("playbook_slug"), rs.getString("playbook_title"), rs.getString("municipality_code"),
                rs.getString("prefecture_code"), rs.getString("adopter_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getInt("version"), steps(id));
    }

    List<RunStep> steps(long runId) {
        return jdbc.sql("SELECT * FROM formation_run_step WHERE run_id = ? ORDER BY position, id").param(runId)
                .query(PlaybookRunRepository::step).list();
    }

    private static RunStep step(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_date");
        long session = rs.getLong("evidence_session_id");
        Long sessionId = rs.wasNull() ? null : session;
        Timestamp at = rs.getTimestamp("updated_at");
        String agenda = rs.getString("agenda");
        return new RunStep(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("position"), rs.getString("anchor"), rs.getString("title"),
                rs.getString("what_to_do"), agenda.isEmpty() ? List.of() : Arrays.asList(agenda.split("\n")),
                rs.getString("scenario_slug"), rs.getString("owner"), due == null ? null : due.toLocalDate(),
                StepStatus.valueOf(rs.getString("status")), rs.getString("notes"), sessionId, rs.getString("evidence_url"),
                rs.getString("updated_by"), at == null ? null : at.toInstant(), rs.getInt("version"));
    }

    boolean updateStep(long stepId, int version, StepUpdate u, String by, Instant at) {
        return jdbc.sql("UPDATE formation_run_step SET owner = ?, due_date = ?, status = ?, notes = ?, evidence_url = ?, "
                        + "updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(u.owner(), u.dueDate() == null ? null : Date.valueOf(u.dueDate()), u.status().name(), u.notes(),
                        u.evidenceUrl(), by, Timestamp.from(at), stepId, version)
                .update() == 1;
    }

    boolean linkSession(long stepId, int version, long sessionId, StepStatus status, String by, Instant at) {
        return jdbc.sql("UPDATE formation_run_step SET evidence_session_id = ?, status = ?, updated_by = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(sessionId, status.name(), by, Timestamp.from(at), stepId, version).update() == 1;
    }

    void setPosition(long stepId, int position) {
        jdbc.sql("UPDATE formation_run_step SET position = ? WHERE id = ?").params(position, stepId).update();
    }

    /**
     * Whether an enabled account has this username. Security exposes no lookup to non-admins, and an owner must
     * be a real user, so this one read of app_user is done here.
     */
    boolean userExists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ? AND enabled").param(username)
                .query(Integer.class).single() > 0;
    }

    /** Municipality code → its runs' steps, for the dashboard's progress column. */
    Map<String, List<RunStep>> stepsByMunicipality(String prefectureCode) {
        Map<String, List<RunStep>> out = new HashMap<>();
        jdbc.sql("SELECT r.municipality_code AS mc, s.* FROM formation_run_step s JOIN formation_playbook_run r ON r.id = s.run_id "
                        + "JOIN formation_municipality m ON m.code = r.municipality_code WHERE m.prefecture_code = ?")
                .param(prefectureCode)
                .query((rs, n) -> Map.entry(rs.getString("mc"), step(rs, n))).list()
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Locks the step's row for the rest of the transaction; false when there is no such step in the run. */
    boolean lockStep(long runId, long stepId) {
        return !jdbc.sql("SELECT id FROM formation_run_step WHERE id = ? AND run_id = ? FOR UPDATE").params(stepId, runId)
                .query(Long.class).list().isEmpty();
    }

    int countAttachments(long stepId) {
        return jdbc.sql("SELECT COUNT(*) FROM formation_step_attachment WHERE step_id = ?").param(stepId)
                .query(Integer.class).single();
    }

    void insertAttachment(long stepId, String storedName, String name, String contentType, long size, String by, Instant at) {
        jdbc.sql("INSERT INTO formation_step_attachment (step_id, stored_name, original_name, content_type, size_bytes, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(stepId, storedName, name, contentType, size, by, Timestamp.from(at)).update();
    }

    /** A step's attachment as stored, with the run it belongs to. */
    record AttachmentRow(long id, long runId, long stepId, String storedName, String name, String contentType, long size,
                         String uploadedBy, Instant uploadedAt) {
    }

    private static final String ATTACHMENT_SELECT = "SELECT a.*, s.run_id FROM formation_step_attachment a "
            + "JOIN formation_run_step s ON s.id = a.step_id";

    List<AttachmentRow> attachmentsOfRun(long runId) {
        return jdbc.sql(ATTACHMENT_SELECT + " WHERE s.run_id = ? ORDER BY a.uploaded_at, a.id").param(runId)
                .query(PlaybookRunRepository::attachment).list();
    }

    Optional<AttachmentRow> attachment(long runId, long id) {
        return jdbc.sql(ATTACHMENT_SELECT + " WHERE s.run_id = ? AND a.id = ?").params(runId, id)
                .query(PlaybookRunRepository::attachment).optional();
    }

    Optional<AttachmentRow> attachmentByStoredName(long runId, String storedName) {
        return jdbc.sql(ATTACHMENT_SELECT + " WHERE s.run_id = ? AND a.stored_name = ?").params(runId, storedName)
                .query(PlaybookRunRepository::attachment).optional();
    }

    boolean deleteAttachment(long id) {
        return jdbc.sql("DELETE FROM formation_step_attachment WHERE id = ?").param(id).update() == 1;
    }

    private static AttachmentRow attachment(ResultSet rs, int n) throws SQLException {
        return new AttachmentRow(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("step_id"), rs.getString("stored_name"),
                rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
