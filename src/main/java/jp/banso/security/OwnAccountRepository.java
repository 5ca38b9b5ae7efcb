package jp.banso.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries of a user's own account: their password hash and whether it must be changed. */
@Repository
class OwnAccountRepository {

    private final JdbcClient jdbc;

    OwnAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ? AND enabled").param(username)
                .query(String.class).optional();
    }

    boolean mustChangePassword(String username) {
        return jdbc.sql("SELECT must_change_password FROM app_user WHERE username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    void setMustChangePassword(String username, boolean must) {
        jdbc.sql("UPDATE app_user SET must_change_password = ? WHERE username = ?").params(must, username).update();
    }

    /** Only if the hash is still the one the caller checked, so two tabs can't both change it from the old one. */
    boolean replacePassword(String username, String oldHash, String newHash) {
        return jdbc.sql("""
                UPDATE app_user SET password_hash = ?, must_change_password = FALSE, updated_at = CURRENT_TIMESTAMP(3),
                       version = version + 1
                WHERE username = ? AND password_hash = ?""").params(newHash, username, oldHash).update() == 1;
    }
}
