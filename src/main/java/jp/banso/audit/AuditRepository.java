package jp.banso.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, String action, String targetType, String target, String detail) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, target_type, target, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, action, targetType, target, detail)
                .update();
    }

    List<AuditEntry> newest(String targetType, String target, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, actor, action, target_type, target, detail FROM audit_log WHERE 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (targetType != null) {
            sql.append(" AND target_type = ?");
            params.add(targetType);
        }
        if (target != null) {
            sql.append(" AND target = ?");
            params.add(target);
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
