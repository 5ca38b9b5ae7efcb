package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forged writes: another page (here another port of the same host) makes the victim's browser post to the
 * API with the session cookie, or logs the victim into the attacker's account. Real logins, real sessions.
 */
class CsrfTest extends IntegrationTest {

    static final String USER = "csrf.adviser";
    static final String PASSWORD = "csrf adviser password";
    static final String EVIL = "http://localhost:8081";
    static final String JSON = """
            {"slug":"%s","title":"JSONの下書き","kind":"case","prefecture":"静岡県","municipalities":["焼津市"],
             "fiscalYear":2024,"themes":["相談体制"],"targetGroups":[],"supportTeam":[],"summary":"下書き",
             "sections":[{"anchor":"status","title":"取組状況","markdown":"窓口を開いた。"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.banso.curation.ArticleEditingService editing;

    MockHttpSession session;

    /** A shipped article's file under a new slug: valid Markdown an attacker could post. */
    private String markdown(String slug) {
        return editing.exportPublished("yaizu").orElseThrow().replace("slug: yaizu", "slug: " + slug);
    }

    @BeforeEach
    void adviser_logged_in() throws Exception {
        as("admin", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(USER))) {
            users.createUser(new NewUser(USER, "CSRF確認", PASSWORD, Set.of(AppRoles.ADVISER)));
        }
        SecurityContextHolder.clearContext();
        var result = mvc.perform(post("/login").param("username", USER).param("password", PASSWORD)
                .header("Origin", "http://localhost").session(new MockHttpSession())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        session = (MockHttpSession) result.getRequest().getSession(false);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private long articles(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = ?").param(slug).query(Long.class).single();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void a_text_plain_form_post_from_another_port_with_the_session_cookie_creates_nothing() throws Exception {
        assertThat(status(post("/api/articles").session(session).header("Origin", EVIL)
                .header("Sec-Fetch-Site", "same-site")
                .contentType(MediaType.TEXT_PLAIN).content(markdown("csrf-text-evil")))).isEqualTo(403);
        assertThat(status(post("/api/articles").session(session)
                .contentType(MediaType.TEXT_PLAIN).content(markdown("csrf-text-no-origin")))).isEqualTo(403);
        assertThat(status(post("/api/articles").session(session).header("Origin", "http://localhost")
                .contentType(MediaType.TEXT_PLAIN).content(markdown("csrf-text-same")))).as("not JSON").isEqualTo(403);
        assertThat(articles("csrf-text-evil") + articles("csrf-text-no-origin") + articles("csrf-text-same")).isZero();
    }

    @Test
    void json_from_another_origin_is_refused_and_json_from_this_origin_is_accepted() throws Exception {
        assertThat(status(post("/api/articles").session(session).header("Origin", EVIL)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("csrf-json-evil")))).isEqualTo(403);
        assertThat(status(post("/api/articles").session(session)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("csrf-json-no-origin")))).isEqualTo(403);
        assertThat(status(post("/api/articles").session(session).header("Origin", "null")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("csrf-json-null")))).isEqualTo(403);
        assertThat(articles("csrf-json-evil") + articles("csrf-json-no-origin") + articles("csrf-json-null")).isZero();

        assertThat(status(post("/api/articles").session(session).header("Origin", "http://localhost")
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("csrf-json-same")))).isEqualTo(201);
        assertThat(articles("csrf-json-same")).isOne();
    }

    @Test
    void with_the_csrf_token_a_cookie_write_of_any_type_is_accepted() throws Exception {
        assertThat(status(post("/api/articles").session(session).with(csrf().asHeader())
                .contentType(MediaType.TEXT_PLAIN).content(markdown("csrf-text-token")))).isEqualTo(201);
        assertThat(articles("csrf-text-token")).isOne();
    }

    @Test
    void bearer_token_calls_need_neither_token_nor_origin() throws Exception {
        as(USER, AppRoles.ADVISER);
        String token = tokens.create("csrf script");
        SecurityContextHolder.clearContext();
        assertThat(status(post("/api/articles").header("Authorization", "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).content(markdown("csrf-bearer")))).isEqualTo(201);
        assertThat(articles("csrf-bearer")).isOne();
    }

    @Test
    void a_login_posted_from_another_origin_is_refused_and_opens_no_session() throws Exception {
        var result = mvc.perform(post("/login").param("username", USER).param("password", PASSWORD)
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getSession(false)).isNull();
        var sameSite = mvc.perform(post("/login").param("username", USER).param("password", PASSWORD)
                .header("Sec-Fetch-Site", "same-site")).andReturn();
        assertThat(sameSite.getResponse().getStatus()).isEqualTo(403);
    }
}
