package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Unicode look-alikes of a username: one account, one failure count, and no near-match logs in. */
class CanonicalUsernameTest extends IntegrationTest {

    static final String PASSWORD = "fac2 password right";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void account_fac2_exists() {
        asAdmin(() -> {
            if (users.listUsers().stream().noneMatch(u -> u.username().equals("fac2"))) {
                users.createUser(new NewUser("fac2", "ファシリテーター2", PASSWORD, Set.of(AppRoles.FACILITATOR)));
            }
        });
    }

    private static void asAdmin(Runnable r) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        try {
            r.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String login(String username, String password, String ip) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }).session(new MockHttpSession())).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void usernames_are_stored_canonical_and_variants_of_a_taken_name_are_refused() {
        asAdmin(() -> {
            UserAccount created = users.createUser(new NewUser(" Ｃａｎｏｎ.Ｍｉｘｅｄ ", "表記ゆれ", "long enough password",
                    Set.of(AppRoles.STAFF)));
            assertThat(created.username()).isEqualTo("canon.mixed");
            for (String variant : List.of("ｆａｃ２", "FAC2 ", "Fac2", "\u3000fac2")) {
                assertThatThrownBy(() -> users.createUser(new NewUser(variant, "重複", "long enough password",
                        Set.of(AppRoles.STAFF))))
                        .as(variant)
                        .isInstanceOfSatisfying(UserValidationException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("user.error.duplicate"));
            }
            assertThatThrownBy(() -> users.createUser(new NewUser("fäc2", "別名", "long enough password", Set.of(AppRoles.STAFF))))
                    .isInstanceOfSatisfying(UserValidationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("user.error.username"));
        });
    }

    @Test
    void bidi_controls_and_zero_width_characters_are_removed_from_display_names() {
        asAdmin(() -> assertThat(users.createUser(new NewUser("hygiene.name", "山田\u202E\u200B花子", "long enough password",
                Set.of(AppRoles.STAFF))).displayName()).isEqualTo("山田花子"));
    }

    @Test
    void the_column_compares_bytes_so_a_collation_near_match_finds_nothing() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'fäc2'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'FAC2'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'ｆａｃ２'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'fac2'").query(Long.class).single()).isOne();
    }

    @Test
    void a_full_width_or_upper_case_spelling_logs_into_the_same_account_but_a_look_alike_does_not() throws Exception {
        assertThat(login("ｆａｃ２", PASSWORD, "10.40.0.1")).doesNotContain("error");
        assertThat(login("FAC2 ", PASSWORD, "10.40.0.1")).doesNotContain("error");
        assertThat(login("fäc2", PASSWORD, "10.40.0.1")).contains("error");
        assertThat(login("fac\u200B2", PASSWORD, "10.40.0.1")).contains("error");
    }

    @Test
    void failures_under_every_spelling_count_for_the_one_account_and_its_lock_holds_for_all_of_them() throws Exception {
        List<String> variants = List.of("ｆａｃ２", "FAC2 ", "fac2", "Ｆａｃ２", " fac2");
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK; i++) {
            assertThat(login(variants.get(i % variants.size()), "wrong password " + i, "10.40.0.2")).contains("error");
        }
        for (String variant : List.of("fac2", "ｆａｃ２", "FAC2 ")) {
            assertThat(login(variant, PASSWORD, "10.40.0.2")).as(variant).contains("locked");
        }
    }
}
