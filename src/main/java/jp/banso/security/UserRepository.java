package jp.banso.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record Credentials(long id, String username, String passwordHash, boolean enabled, Set<String> roles) {
    }

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String passwordHash, Collection<String> roles) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?)")
                .params(username, displayName, passwordHash)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceRoles(id, roles);
        return id;
    }

    void replaceRoles(long userId, Collection<String> roles) {
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(userId).update();
        for (String role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(userId, role).update();
        }
    }

    /** Optimistic lock: returns false when someone else changed the row since {@code version}. */
    boolean update(long id, int version, String displayName, boolean enabled) {
        return jdbc.sql("""
                UPDATE app_user SET display_name = ?, enabled = ?, version = version + 1,
                       updated_at = CURRENT_TIMESTAMP(3)
                WHERE id = ? AND version = ?""")
                .params(displayName, enabled, id, version).update() == 1;
    }

    boolean updatePassword(long id, String passwordHash) {
        return jdbc.sql("""
                UPDATE app_user SET password_hash = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP(3)
                WHERE id = ?""").params(passwordHash, id).update() == 1;
    }

    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("SELECT id, username, password_hash, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rolesOf(rs.getLong("id"))))
                .optional();
    }

    Optional<UserAccount> findById(long id) {
        return findAll().stream().filter(u -> u.id() == id).findFirst();
    }

    List<UserAccount> findAll() {
        Map<Long, Set<String>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM app_user_role").query((ResultSet rs) -> {
            roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        Map<Long, UserAccount> users = new LinkedHashMap<>();
        jdbc.sql("SELECT id, username, display_name, enabled, created_at, version FROM app_user ORDER BY username")
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    users.put(id, map(rs, roles.getOrDefault(id, Set.of())));
                });
        return new ArrayList<>(users.values());
    }

    private static UserAccount map(ResultSet rs, Set<String> roles) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), Set.copyOf(roles), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private Set<String> rolesOf(long userId) {
        return new TreeSet<>(jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ?").param(userId)
                .query(String.class).list());
    }
}
