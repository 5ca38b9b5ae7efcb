package jp.banso.formation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables formation_prefecture, formation_municipality, formation_stage_change and formation_target (V070). */
@Repository
class FormationRepository {

    private static final String MUNICIPALITY_COLUMNS = "code, prefecture_code, name, kana, kind, population_2020, "
            + "stage, stage_date, date_precision, council_type, version";

    private final JdbcClient jdbc;

    FormationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // prefectures

    boolean insertPrefectureIfAbsent(String code, String name, long population) {
        return jdbc.sql("INSERT IGNORE INTO formation_prefecture (code, name, population_2020) VALUES (?, ?, ?)")
                .params(code, name, population).update() == 1;
    }

    List<Prefecture> prefectures() {
        return jdbc.sql("SELECT code, name, population_2020 FROM formation_prefecture ORDER BY code")
                .query((rs, n) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    Optional<Prefecture> prefecture(String code) {
        return jdbc.sql("SELECT code, name, population_2020 FROM formation_prefecture WHERE code = ?").param(code)
                .query((rs, n) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getLong(3))).optional();
    }

    // municipalities

    boolean insertMunicipalityIfAbsent(String code, String prefectureCode, String name, String kana, String kind,
                                       long population) {
        return jdbc.sql("INSERT IGNORE INTO formation_municipality (code, prefecture_code, name, kana, kind, population_2020) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, prefectureCode, name, kana, kind, population).update() == 1;
    }

    void insertMunicipality(String code, String prefectureCode, String name, String kana, String kind, long population) {
        jdbc.sql("INSERT INTO formation_municipality (code, prefecture_code, name, kana, kind, population_2020) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, prefectureCode, name, kana, kind, population).update();
    }

    List<Municipality> municipalities(String prefectureCode) {
        return jdbc.sql("SELECT " + MUNICIPALITY_COLUMNS + " FROM formation_municipality WHERE prefecture_code = ? ORDER BY code")
                .param(prefectureCode).query(FormationRepository::municipality).list();
    }

    List<String> municipalityCodes() {
        return jdbc.sql("SELECT code FROM formation_municipality").query(String.class).list();
    }

    Optional<Municipality> municipality(String code) {
        return jdbc.sql("SELECT " + MUNICIPALITY_COLUMNS + " FROM formation_municipality WHERE code = ?").param(code)
                .query(FormationRepository::municipality).optional();
    }

    /** Locks the row for the rest of the transaction, so two changes of one municipality queue up. */
    Optional<Municipality> lockMunicipality(String code) {
        return jdbc.sql("SELECT " + MUNICIPALITY_COLUMNS + " FROM formation_municipality WHERE code = ? FOR UPDATE")
                .param(code).query(FormationRepository::municipality).optional();
    }

    /** @return false when the row changed since {@code version} was read */
    boolean setStage(String code, int version, FormationStage stage, LocalDate date, DatePrecision precision,
                     CouncilType type) {
        return jdbc.sql("UPDATE formation_municipality SET stage = ?, stage_date = ?, date_precision = ?, council_type = ?, "
                        + "version = version + 1 WHERE code = ? AND version = ?")
                .params(stage.name(), date == null ? null : Date.valueOf(date), precision == null ? null : precision.name(),
                        type == null ? null : type.name(), code, version)
                .update() == 1;
    }

    private static Municipality municipality(ResultSet rs, int n) throws SQLException {
        Date d = rs.getDate("stage_date");
        String p = rs.getString("date_precision");
        String t = rs.getString("council_type");
        return new Municipality(rs.getString("code"), rs.getString("prefecture_code"), rs.getString("name"),
                rs.getString("kana"), rs.getString("kind"), rs.getLong("population_2020"),
                FormationStage.valueOf(rs.getString("stage")), d == null ? null : d.toLocalDate(),
                p == null ? null : DatePrecision.valueOf(p), t == null ? null : CouncilType.valueOf(t), rs.getInt("version"));
    }

    // stage history

    void insertChange(String code, FormationStage stage, LocalDate date, DatePrecision precision, CouncilType type,
                      String evidence, String evidenceUrl, String by, Instant at) {
        jdbc.sql("INSERT INTO formation_stage_change (municipality_code, stage, stage_date, date_precision, council_type, "
                        + "evidence, evidence_url, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, stage.name(), Date.valueOf(date), precision.name(), type == null ? null : type.name(),
                        evidence, evidenceUrl, by, Timestamp.from(at))
                .update();
    }

    boolean hasHistory(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM formation_stage_change WHERE municipality_code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    List<StageChange> history(String code) {
        return jdbc.sql("SELECT * FROM formation_stage_change WHERE municipality_code = ? ORDER BY id").param(code)
                .query(FormationRepository::change).list();
    }

    /** Every change of the prefecture's municipalities, oldest first: the KPI's history is replayed from these. */
    List<StageChange> prefectureHistory(String prefectureCode) {
        return jdbc.sql("SELECT c.* FROM formation_stage_change c JOIN formation_municipality m ON m.code = c.municipality_code "
                        + "WHERE m.prefecture_code = ? ORDER BY c.id")
                .param(prefectureCode).query(FormationRepository::change).list();
    }

    private static StageChange change(ResultSet rs, int n) throws SQLException {
        String t = rs.getString("council_type");
        return new StageChange(rs.getLong("id"), rs.getString("municipality_code"), FormationStage.valueOf(rs.getString("stage")),
                rs.getDate("stage_date").toLocalDate(), DatePrecision.valueOf(rs.getString("date_precision")),
                t == null ? null : CouncilType.valueOf(t), rs.getString("evidence"), rs.getString("evidence_url"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }

    // targets

    List<FormationTarget> targets(String prefectureCode) {
        return jdbc.sql("SELECT * FROM formation_target WHERE prefecture_code = ? ORDER BY metric").param(prefectureCode)
                .query(FormationRepository::target).list();
    }

    List<FormationTarget> allTargets() {
        return jdbc.sql("SELECT * FROM formation_target ORDER BY prefecture_code, metric").query(FormationRepository::target).list();
    }

    boolean insertTargetIfAbsent(String prefectureCode, TargetDraft d, String by, Instant at) {
        return jdbc.sql("INSERT IGNORE INTO formation_target (prefecture_code, metric, council_scope, baseline_value, "
                        + "baseline_fy, target_value, target_fy, source_text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(prefectureCode, d.metric().name(), d.scope().name(), d.baselineValue(), d.baselineFy(), d.targetValue(),
                        d.targetFy(), d.sourceText(), by, Timestamp.from(at))
                .update() == 1;
    }

    boolean updateTarget(long id, int version, TargetDraft d, String by, Instant at) {
        return jdbc.sql("UPDATE formation_target SET council_scope = ?, baseline_value = ?, baseline_fy = ?, target_value = ?, "
                        + "target_fy = ?, source_text = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(d.scope().name(), d.baselineValue(), d.baselineFy(), d.targetValue(), d.targetFy(), d.sourceText(),
                        by, Timestamp.from(at), id, version)
                .update() == 1;
    }

    private static FormationTarget target(ResultSet rs, int n) throws SQLException {
        int bfy = rs.getInt("baseline_fy");
        Integer baselineFy = rs.wasNull() ? null : bfy;
        BigDecimal bv = rs.getBigDecimal("baseline_value");
        return new FormationTarget(rs.getLong("id"), rs.getString("prefecture_code"), TargetMetric.valueOf(rs.getString("metric")),
                CouncilScope.valueOf(rs.getString("council_scope")), bv == null ? null : bv.stripTrailingZeros(), baselineFy,
                rs.getBigDecimal("target_value").stripTrailingZeros(), rs.getInt("target_fy"), rs.getString("source_text"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
