package jp.banso.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String username, String name, String hash, Instant now) {
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at)
                SELECT id, ?, ?, ? FROM app_user WHERE username = ?""")
                .params(name, hash, Timestamp.from(now), username).update();
    }

    int countActive(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ? AND NOT t.revoked""")
                .param(username).query(Integer.class).single();
    }

    List<ApiToken> findByUser(String username) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.created_at, t.last_used_at, t.revoked FROM api_token t
                JOIN app_user u ON u.id = t.user_id WHERE u.username = ? ORDER BY t.created_at DESC, t.id DESC""")
                .param(username)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
                .list();
    }

    boolean revoke(long id, String username) {
        return jdbc.sql("""
                UPDATE api_token t JOIN app_user u ON u.id = t.user_id SET t.revoked = TRUE
                WHERE t.id = ? AND u.username = ?""").params(id, username).update() == 1;
    }

    /** The owner of a live token, if the hash belongs to one. */
    Optional<String> ownerOf(String hash, Instant now) {
        Optional<String> owner = jdbc.sql("""
                SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND NOT t.revoked AND u.enabled""").param(hash).query(String.class).optional();
        owner.ifPresent(o -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(now), hash).update());
        return owner;
    }
}
