package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An adviser logged in with a session cookie creates drafts over {@code POST /api/articles}; disabling them,
 * taking the role away or resetting their password ends that session at once, and a change of display name
 * does not.
 */
class SessionsFollowAccountTest extends IntegrationTest {

    static final String PASSWORD = "adviser session password";
    static final String DRAFT = """
            {"slug":"%s","title":"セッションで作った下書き","kind":"case","prefecture":"静岡県","municipalities":["焼津市"],
             "fiscalYear":2024,"themes":["相談体制"],"targetGroups":[],"supportTeam":[],"summary":"下書き",
             "sections":[{"anchor":"status","title":"取組状況","markdown":"窓口を開いた。"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
    }

    private UserAccount adviser(String username, Set<String> roles) {
        asAdmin();
        try {
            return users.createUser(new NewUser(username, "アドバイザー", PASSWORD, roles));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).session(new MockHttpSession())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpServletResponse createDraft(MockHttpSession session, String slug) throws Exception {
        return mvc.perform(post("/api/articles").session(session)
                        .header("Origin", "http://localhost")
                        .contentType(MediaType.APPLICATION_JSON).content(DRAFT.formatted(slug)))
                .andReturn().getResponse();
    }

    private long drafts(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = ?").param(slug).query(Long.class).single();
    }

    private void change(String username, Consumer<UserAccount> change) {
        asAdmin();
        try {
            change.accept(users.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void assertSessionEndsAfter(String username, Set<String> roles, Consumer<UserAccount> change) throws Exception {
        adviser(username, roles);
        String slug = username.replace('.', '-');
        MockHttpSession session = login(username);
        assertThat(createDraft(session, slug + "-before").getStatus()).isEqualTo(201);
        assertThat(drafts(slug + "-before")).isOne();

        change(username, change);

        MockHttpServletResponse after = createDraft(session, slug + "-after");
        assertThat(after.getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).as("the session itself is ended, for views as well").isTrue();
        assertThat(drafts(slug + "-after")).isZero();
    }

    @Test
    void disabling_an_adviser_ends_their_open_session_at_once() throws Exception {
        assertSessionEndsAfter("follow.disabled", Set.of(AppRoles.ADVISER),
                u -> users.updateUser(u.id(), u.version(), u.displayName(), false, u.roles(), "admin"));
    }

    @Test
    void taking_the_adviser_role_away_ends_the_session_that_carried_it() throws Exception {
        assertSessionEndsAfter("follow.demoted", Set.of(AppRoles.ADVISER, AppRoles.STAFF),
                u -> users.updateUser(u.id(), u.version(), u.displayName(), true, Set.of(AppRoles.STAFF), "admin"));
    }

    @Test
    void resetting_the_password_ends_the_sessions_opened_with_the_old_one() throws Exception {
        assertSessionEndsAfter("follow.reset", Set.of(AppRoles.ADVISER), u -> users.resetPassword(u.id()));
    }

    @Test
    void renaming_the_user_or_adding_a_role_keeps_their_session() throws Exception {
        adviser("follow.renamed", Set.of(AppRoles.ADVISER));
        MockHttpSession session = login("follow.renamed");
        change("follow.renamed", u -> users.updateUser(u.id(), u.version(), "新しい表示名", true,
                Set.of(AppRoles.ADVISER, AppRoles.STAFF), "admin"));
        assertThat(createDraft(session, "follow-renamed").getStatus()).isEqualTo(201);
        assertThat(session.isInvalid()).isFalse();
    }
}
