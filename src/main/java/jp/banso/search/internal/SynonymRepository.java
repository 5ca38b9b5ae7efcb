package jp.banso.search.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.banso.search.SynonymGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The advisers' synonym groups (table search_synonym). */
@Repository
public class SynonymRepository {

    private final JdbcClient jdbc;

    SynonymRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SynonymGroup> findAll() {
        return jdbc.sql("SELECT id, words, created_by, updated_at, version FROM search_synonym ORDER BY id")
                .query((rs, n) -> new SynonymGroup(rs.getLong("id"), Synonyms.parseGroup(rs.getString("words")),
                        rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .list();
    }

    public Optional<SynonymGroup> find(long id) {
        return findAll().stream().filter(g -> g.id() == id).findFirst();
    }

    public long insert(String words, String by, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO search_synonym (words, created_by, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(words, by, Timestamp.from(now), Timestamp.from(now))
                .update(keys);
        return keys.getKey().longValue();
    }

    /** @return false when the row changed (or went) since {@code version} was read */
    public boolean update(long id, int version, String words, Instant now) {
        return jdbc.sql("UPDATE search_synonym SET words = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(words, Timestamp.from(now), id, version)
                .update() == 1;
    }

    public boolean delete(long id, int version) {
        return jdbc.sql("DELETE FROM search_synonym WHERE id = ? AND version = ?").params(id, version).update() == 1;
    }
}
