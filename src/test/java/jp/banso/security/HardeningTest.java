package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class HardeningTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private void user(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
            users.createUser(new NewUser(username, username, "the right password", Set.of(AppRoles.STAFF)));
        }
        SecurityContextHolder.clearContext();
    }

    private MvcResult login(String username, String password, String ip, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }).session(session)).andReturn();
    }

    @Test
    void logging_in_gives_a_new_session_id() throws Exception {
        user("harden.fixation");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult r = login("harden.fixation", "the right password", "10.0.0.1", session);
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(r.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_from_that_address_but_not_from_another() throws Exception {
        user("harden.throttle");
        for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK; i++) {
            assertThat(login("harden.throttle", "wrong " + i, "10.0.0.2", new MockHttpSession()).getResponse()
                    .getRedirectedUrl()).contains("error");
        }
        assertThat(login("harden.throttle", "the right password", "10.0.0.2", new MockHttpSession()).getResponse()
                .getRedirectedUrl()).contains("locked");
        assertThat(login("harden.throttle", "the right password", "10.0.0.3", new MockHttpSession()).getResponse()
                .getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    /** Cookie flags are set by the servlet container, not MockMvc: SessionCookieFlagsIT checks them on a real response. */
    void responses_carry_the_security_headers() throws Exception {
        var response = mvc.perform(get("/api/articles")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                .contains("object-src 'none'").contains("frame-ancestors 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
}
