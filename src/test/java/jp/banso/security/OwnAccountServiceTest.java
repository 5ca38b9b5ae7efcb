package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import jp.banso.audit.AuditEntry;
import jp.banso.audit.AuditService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Changing one's own password, the forced change after an admin set it, and logins in the audit log. */
class OwnAccountServiceTest extends IntegrationTest {

    static final String OLD = "original-password-1";
    static final String NEW = "replacement-password-2";

    @Autowired
    OwnAccountService own;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private UserAccount create(String name) {
        as("own-admin", AppRoles.ADMIN);
        UserAccount u = users.createUser(new NewUser(name, "本人", OLD, Set.of(AppRoles.FACILITATOR)));
        SecurityContextHolder.clearContext();
        return u;
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (UserValidationException e) {
            return e.messageKey();
        }
        return "no error";
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one_and_a_valid_new_one() {
        create("own-change");
        as("own-change", AppRoles.FACILITATOR);
        assertThat(key(() -> own.changeOwnPassword("wrong-password-9", NEW, NEW))).isEqualTo("account.error.current");
        assertThat(key(() -> own.changeOwnPassword(OLD, "short", "short"))).isEqualTo("user.error.password");
        assertThat(key(() -> own.changeOwnPassword(OLD, NEW, NEW + "x"))).isEqualTo("account.error.repeat");
        assertThat(key(() -> own.changeOwnPassword(OLD, OLD, OLD))).isEqualTo("account.error.same");

        own.changeOwnPassword(OLD, NEW, NEW);
        // the old password no longer counts as current, the new one does
        assertThat(key(() -> own.changeOwnPassword(OLD, "third-password-33", "third-password-33"))).isEqualTo("account.error.current");
        assertThat(key(() -> own.changeOwnPassword(NEW, "third-password-33", "third-password-33"))).isEqualTo("no error");
        as("own-admin", AppRoles.ADMIN);
        assertThat(audit.newest("USER", "own-change", 10)).extracting(AuditEntry::action).contains("USER_PASSWORD_CHANGED");
    }

    @Test
    void an_admins_reset_must_be_replaced_and_the_replacement_clears_it() {
        UserAccount u = create("own-reset");
        as("own-reset", AppRoles.FACILITATOR);
        assertThat(own.mustChangePassword()).isFalse();
        as("own-admin", AppRoles.ADMIN);
        String handedOver = users.resetPassword(u.id());
        as("own-reset", AppRoles.FACILITATOR);
        assertThat(own.mustChangePassword()).isTrue();
        own.changeOwnPassword(handedOver, NEW, NEW);
        assertThat(own.mustChangePassword()).isFalse();
    }

    @Test
    void nobody_anonymous_changes_a_password() {
        assertThatThrownBy(() -> own.changeOwnPassword(OLD, NEW, NEW))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void logins_and_failed_logins_are_in_the_audit_log() throws Exception {
        create("own-login");
        mvc.perform(post("/login").with(csrf()).param("username", "own-login").param("password", "not-the-password"));
        mvc.perform(post("/login").with(csrf()).param("username", "own-login").param("password", OLD));
        as("own-admin", AppRoles.ADMIN);
        List<AuditEntry> entries = audit.newest("USER", "own-login", 10);
        assertThat(entries).extracting(AuditEntry::action).contains("LOGIN_FAILED", "LOGIN_SUCCEEDED");
        assertThat(entries.stream().filter(e -> e.action().equals("LOGIN_FAILED")).findFirst().orElseThrow().detail())
                .isEqualTo("reason=bad-credentials");
    }
}
