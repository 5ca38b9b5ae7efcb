package jp.banso.curation;

import jp.banso.library.ArticleStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Revisions, reviews, taxonomy, attachments and the workflow columns of article (V030). */
@Repository
class CurationRepository {

    /** The workflow columns of one article row. */
    record State(long id, String slug, ArticleStatus status, ArticleStatus draftState, Long headRevisionId,
                 Long publishedRevisionId, boolean editedInApp, String shippedHash) {

        ArticleStatus workflowState() {
            return draftState != null ? draftState : status;
        }
    }

    record Pending(String slug, String hash, String source, Instant detectedAt) {
    }

    private static final String REVISION_COLUMNS =
            "r.id, a.slug, r.number, r.author, r.note, r.created_at, r.source FROM article_revision r JOIN article a ON a.id = r.article_id";

    private final JdbcClient jdbc;

    CurationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> state(String slug, boolean forUpdate) {
        return jdbc.sql("""
                SELECT id, slug, status, draft_state, head_revision_id, published_revision_id, edited_in_app, shipped_hash
                FROM article WHERE slug = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .param(slug)
                .query((rs, n) -> new State(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : ArticleStatus.valueOf(rs.getString(4)), longOrNull(rs, 5),
                        longOrNull(rs, 6), rs.getBoolean(7), rs.getString(8)))
                .optional();
    }

    long insertRevision(long articleId, String source, String author, String note, Instant now) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM article_revision WHERE article_id = ?")
                .param(articleId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO article_revision (article_id, number, source, author, note, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(articleId, number, source, author, note, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Optimistic lock: moves the head only if it is still {@code expectedHead} (null for none). */
    boolean moveHead(long articleId, Long expectedHead, long newHead, ArticleStatus draftState) {
        return jdbc.sql("""
                UPDATE article SET head_revision_id = ?, draft_state = ?, edited_in_app = TRUE, version = version + 1
                WHERE id = ? AND head_revision_id <=> ?""")
                .params(newHead, draftState == null ? null : draftState.name(), articleId, expectedHead)
                .update() == 1;
    }

    /** The shipped text becomes the first revision, already published: no edit, no edited_in_app flag. */
    void setBaseline(long articleId, long revisionId) {
        jdbc.sql("UPDATE article SET head_revision_id = ?, published_revision_id = ? WHERE id = ?")
                .params(revisionId, revisionId, articleId).update();
    }

    void setDraftState(long articleId, ArticleStatus draftState) {
        jdbc.sql("UPDATE article SET draft_state = ?, version = version + 1 WHERE id = ?")
                .params(draftState == null ? null : draftState.name(), articleId).update();
    }

    void setStatus(long articleId, ArticleStatus status) {
        jdbc.sql("UPDATE article SET status = ?, version = version + 1 WHERE id = ?").params(status.name(), articleId).update();
    }

    void markPublished(long articleId, long revisionId, Instant now) {
        Timestamp ts = Timestamp.from(now);
        jdbc.sql("""
                UPDATE article SET status = 'PUBLISHED', published_revision_id = ?, draft_state = NULL,
                       published_at = COALESCE(published_at, ?), verified_at = ?, updated_at = ?, edited_in_app = TRUE
                WHERE id = ?""")
                .params(revisionId, ts, ts, ts, articleId).update();
    }

    void markVerified(long articleId, Instant now) {
        jdbc.sql("UPDATE article SET verified_at = ? WHERE id = ?").params(Timestamp.from(now), articleId).update();
    }

    Optional<ArticleRevision> revision(long revisionId) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " WHERE r.id = ?").param(revisionId)
                .query(CurationRepository::revisionRow).optional();
    }

    Optional<ArticleRevision> revision(long articleId, int number) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " WHERE r.article_id = ? AND r.number = ?").params(articleId, number)
                .query(CurationRepository::revisionRow).optional();
    }

    List<ArticleRevision> revisions(long articleId) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " WHERE r.article_id = ? ORDER BY r.number DESC").param(articleId)
                .query(CurationRepository::revisionRow).list();
    }

    void insertReview(long articleId, long revisionId, String reviewer, ArticleReview.Decision decision, String comment,
                      Instant now) {
        jdbc.sql("INSERT INTO article_review (article_id, revision_id, reviewer, decision, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(articleId, revisionId, reviewer, decision.name(), comment, Timestamp.from(now)).update();
    }

    List<ArticleReview> reviews(long articleId) {
        return jdbc.sql("""
                SELECT v.reviewer, v.decision, v.comment, r.number, v.created_at FROM article_review v
                JOIN article_revision r ON r.id = v.revision_id WHERE v.article_id = ? ORDER BY v.created_at DESC, v.id DESC""")
                .param(articleId)
                .query((rs, n) -> new ArticleReview(rs.getString(1), ArticleReview.Decision.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Every article with where its work stands; articles never edited have no head (number 0). */
    record ItemRow(long id, String slug, ArticleStatus state, int headNumber, String lastEditor, Instant lastSavedAt) {
    }

    List<ItemRow> items() {
        return jdbc.sql("""
                SELECT a.id, a.slug, COALESCE(a.draft_state, a.status), COALESCE(r.number, 0), r.author, r.created_at
                FROM article a LEFT JOIN article_revision r ON r.id = a.head_revision_id ORDER BY a.slug""")
                .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<String> publishedNotVerifiedSince(Instant cutoff) {
        return jdbc.sql("""
                SELECT slug FROM article WHERE status = 'PUBLISHED' AND (verified_at IS NULL OR verified_at < ?)
                ORDER BY verified_at, slug""").param(Timestamp.from(cutoff)).query(String.class).list();
    }

    List<Pending> pendingShipped() {
        return jdbc.sql("SELECT slug, shipped_hash, source, detected_at FROM shipped_update_pending ORDER BY slug")
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The pending file counts as seen: the loader will not raise it again unless the file changes again. */
    void resolvePendingShipped(String slug, String hash) {
        jdbc.sql("UPDATE article SET shipped_hash = ? WHERE slug = ?").params(hash, slug).update();
        jdbc.sql("DELETE FROM shipped_update_pending WHERE slug = ?").param(slug).update();
    }

    List<String> terms(TaxonomyType type) {
        return jdbc.sql("SELECT value FROM taxonomy_term WHERE term_type = ? ORDER BY value").param(type.name())
                .query(String.class).list();
    }

    boolean insertTerm(TaxonomyType type, String value, String by) {
        return jdbc.sql("INSERT IGNORE INTO taxonomy_term (term_type, value, created_by) VALUES (?, ?, ?)")
                .params(type.name(), value, by).update() == 1;
    }

    void insertAttachment(long articleId, String storedName, String originalName, String contentType, long size,
                          String by, Instant now) {
        jdbc.sql("""
                INSERT INTO article_attachment (article_id, stored_name, original_name, content_type, size_bytes, uploaded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, storedName, originalName, contentType, size, by, Timestamp.from(now)).update();
    }

    record AttachmentRow(String storedName, String originalName, String contentType, long size, String uploadedBy,
                         Instant createdAt) {
    }

    List<AttachmentRow> attachments(long articleId) {
        return jdbc.sql("""
                SELECT stored_name, original_name, content_type, size_bytes, uploaded_by, created_at
                FROM article_attachment WHERE article_id = ? ORDER BY created_at, id""").param(articleId)
                .query(CurationRepository::attachmentRow).list();
    }

    Optional<AttachmentRow> attachment(long articleId, String storedName) {
        return jdbc.sql("""
                SELECT stored_name, original_name, content_type, size_bytes, uploaded_by, created_at
                FROM article_attachment WHERE article_id = ? AND stored_name = ?""").params(articleId, storedName)
                .query(CurationRepository::attachmentRow).optional();
    }

    private static AttachmentRow attachmentRow(ResultSet rs, int n) throws SQLException {
        return new AttachmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    private static ArticleRevision revisionRow(ResultSet rs, int n) throws SQLException {
        return new ArticleRevision(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7));
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
