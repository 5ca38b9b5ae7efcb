package jp.banso.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    enum TagType { MUNICIPALITY, THEME, TARGET_GROUP, SUPPORT_ORG }

    enum Origin { SHIPPED, APP }

    /** What the content loader needs to know about an existing article. */
    record LoadState(long id, String shippedHash, boolean editedInApp, ArticleStatus status) {
    }

    private static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.title, a.kind, a.prefecture, a.fiscal_year, a.summary, a.status, a.updated_at,
            a.published_at, a.verified_at, a.version""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoadState> loadState(String slug) {
        return jdbc.sql("SELECT id, shipped_hash, edited_in_app, status FROM article WHERE slug = ?").param(slug)
                .query((rs, n) -> new LoadState(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        ArticleStatus.valueOf(rs.getString(4))))
                .optional();
    }

    long insert(ArticleDocument doc, ArticleStatus status, Origin origin, String shippedHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        ArticleMetadata m = doc.meta();
        Timestamp ts = Timestamp.from(now);
        Timestamp published = status == ArticleStatus.PUBLISHED ? ts : null;
        jdbc.sql("""
                INSERT INTO article (slug, title, kind, prefecture, fiscal_year, summary, status, origin, shipped_hash,
                                     created_at, updated_at, published_at, verified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                // verified_at (最終確認日) only from a review or a confirmation, never from loading a file
                .params(m.slug(), m.title(), m.kind().name(), m.prefecture(), m.fiscalYear(), m.summary(),
                        status.name(), origin.name(), shippedHash, ts, ts, published,
                        origin == Origin.SHIPPED ? null : published)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeTagsAndSections(id, doc);
        return id;
    }

    /** Replaces metadata and sections from a shipped file; keeps status and edit flag. */
    void replaceFromShipped(long id, ArticleDocument doc, String shippedHash, Instant now) {
        ArticleMetadata m = doc.meta();
        jdbc.sql("""
                UPDATE article SET title = ?, kind = ?, prefecture = ?, fiscal_year = ?, summary = ?, shipped_hash = ?,
                                   updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(m.title(), m.kind().name(), m.prefecture(), m.fiscalYear(), m.summary(), shippedHash,
                        Timestamp.from(now), id)
                .update();
        jdbc.sql("DELETE FROM article_tag WHERE article_id = ?").param(id).update();
        jdbc.sql("DELETE FROM article_section WHERE article_id = ?").param(id).update();
        writeTagsAndSections(id, doc);
    }

    /** Replaces what readers see with an edited version (curation); keeps origin and shipped hash. */
    void replaceContent(long id, ArticleDocument doc, Instant now) {
        ArticleMetadata m = doc.meta();
        jdbc.sql("""
                UPDATE article SET title = ?, kind = ?, prefecture = ?, fiscal_year = ?, summary = ?, updated_at = ?,
                                   version = version + 1
                WHERE id = ?""")
                .params(m.title(), m.kind().name(), m.prefecture(), m.fiscalYear(), m.summary(), Timestamp.from(now), id)
                .update();
        jdbc.sql("DELETE FROM article_tag WHERE article_id = ?").param(id).update();
        jdbc.sql("DELETE FROM article_section WHERE article_id = ?").param(id).update();
        writeTagsAndSections(id, doc);
    }

    private void writeTagsAndSections(long id, ArticleDocument doc) {
        ArticleMetadata m = doc.meta();
        insertTags(id, TagType.MUNICIPALITY, m.municipalities());
        insertTags(id, TagType.THEME, m.themes());
        insertTags(id, TagType.TARGET_GROUP, m.targetGroups());
        insertTags(id, TagType.SUPPORT_ORG, m.supportTeam());
        for (ArticleSection s : doc.sections()) {
            jdbc.sql("INSERT INTO article_section (article_id, position, anchor, level, title, body) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, s.position(), s.anchor(), s.level(), s.title(), s.body())
                    .update();
        }
    }

    private void insertTags(long id, TagType type, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            jdbc.sql("INSERT INTO article_tag (article_id, tag_type, position, value) VALUES (?, ?, ?, ?)")
                    .params(id, type.name(), i, values.get(i))
                    .update();
        }
    }

    void savePendingShippedUpdate(String slug, String hash, String source) {
        jdbc.sql("""
                INSERT INTO shipped_update_pending (slug, shipped_hash, source) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE shipped_hash = VALUES(shipped_hash), source = VALUES(source),
                                        detected_at = CURRENT_TIMESTAMP(3)""")
                .params(slug, hash, source).update();
    }

    Optional<String> pendingShippedHash(String slug) {
        return jdbc.sql("SELECT shipped_hash FROM shipped_update_pending WHERE slug = ?").param(slug)
                .query(String.class).optional();
    }

    List<String> pendingShippedUpdates() {
        return jdbc.sql("SELECT slug FROM shipped_update_pending ORDER BY slug").query(String.class).list();
    }

    void markEditedInApp(String slug) {
        jdbc.sql("UPDATE article SET edited_in_app = TRUE WHERE slug = ?").param(slug).update();
    }

    List<ArticleSummary> findSummaries(ArticleStatus status, ArticleFilter filter, ArticleSort sort) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.name());
        if (filter.prefecture() != null) {
            sql.append(" AND a.prefecture = :prefecture");
            params.put("prefecture", filter.prefecture());
        }
        if (filter.kind() != null) {
            sql.append(" AND a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_type = 'THEME'"
                    + " AND t.value = :theme)");
            params.put("theme", filter.theme());
        }
        if (filter.targetGroup() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id"
                    + " AND t.tag_type = 'TARGET_GROUP' AND t.value = :target)");
            params.put("target", filter.targetGroup());
        }
        sql.append(switch (sort) {
            case NEWEST -> " ORDER BY a.published_at DESC, a.id DESC";
            case TITLE -> " ORDER BY a.title, a.id";
            case PREFECTURE -> " ORDER BY a.prefecture, a.title, a.id";
            case FISCAL_YEAR -> " ORDER BY a.fiscal_year IS NULL, a.fiscal_year DESC, a.title, a.id";
        });
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(ArticleRepository::row).list();
        return withTags(rows);
    }

    Optional<ArticleSummary> findSummary(String slug) {
        List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.slug = ?").param(slug)
                .query(ArticleRepository::row).list();
        return withTags(rows).stream().findFirst();
    }

    List<ArticleSection> findSections(long articleId) {
        return jdbc.sql("SELECT position, anchor, level, title, body FROM article_section WHERE article_id = ? ORDER BY position")
                .param(articleId)
                .query((rs, n) -> new ArticleSection(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    List<String> distinctTags(ArticleStatus status, TagType type) {
        return jdbc.sql("""
                SELECT DISTINCT t.value FROM article_tag t JOIN article a ON a.id = t.article_id
                WHERE a.status = ? AND t.tag_type = ? ORDER BY t.value""")
                .params(status.name(), type.name()).query(String.class).list();
    }

    List<String> distinctPrefectures(ArticleStatus status) {
        return jdbc.sql("SELECT DISTINCT prefecture FROM article WHERE status = ? ORDER BY prefecture")
                .param(status.name()).query(String.class).list();
    }

    List<ArticleKind> distinctKinds(ArticleStatus status) {
        return jdbc.sql("SELECT DISTINCT kind FROM article WHERE status = ?").param(status.name())
                .query(String.class).list().stream().map(ArticleKind::valueOf).sorted().toList();
    }

    private record Row(long id, String slug, String title, ArticleKind kind, String prefecture, Integer fiscalYear,
                       String summary, ArticleStatus status, Instant updatedAt, Instant publishedAt,
                       Instant verifiedAt, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int fy = rs.getInt("fiscal_year");
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                ArticleKind.valueOf(rs.getString("kind")), rs.getString("prefecture"), rs.wasNull() ? null : fy,
                rs.getString("summary"), ArticleStatus.valueOf(rs.getString("status")), instant(rs, "updated_at"),
                instant(rs, "published_at"), instant(rs, "verified_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private List<ArticleSummary> withTags(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<TagType, List<String>>> tags = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::id).toList();
        jdbc.sql("SELECT article_id, tag_type, value FROM article_tag WHERE article_id IN (:ids) ORDER BY article_id, tag_type, position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(TagType.valueOf(rs.getString(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        List<ArticleSummary> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<TagType, List<String>> t = tags.getOrDefault(r.id(), Map.of());
            ArticleMetadata meta = new ArticleMetadata(r.slug(), r.title(), r.kind(), r.prefecture(),
                    t.getOrDefault(TagType.MUNICIPALITY, List.of()), r.fiscalYear(),
                    t.getOrDefault(TagType.THEME, List.of()), t.getOrDefault(TagType.TARGET_GROUP, List.of()),
                    t.getOrDefault(TagType.SUPPORT_ORG, List.of()), r.summary());
            out.add(new ArticleSummary(r.id(), meta, r.status(), r.updatedAt(), r.publishedAt(), r.verifiedAt(),
                    r.version()));
        }
        return out;
    }
}
