package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The header checks behind CSRF on the API and on login, case by case without a server. */
class SameOriginTest {

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", path);
        r.setServerName("banso.example.jp");
        r.setServerPort(8080);
        r.addHeader("Host", "banso.example.jp:8080");
        return r;
    }

    @Test
    void fetch_metadata_decides_first() {
        for (String other : new String[] {"cross-site", "same-site", "CROSS-SITE"}) {
            MockHttpServletRequest r = post("/api/articles");
            r.addHeader("Sec-Fetch-Site", other);
            r.addHeader("Origin", "http://banso.example.jp:8080");
            assertThat(SameOrigin.isCrossOrigin(r)).as(other).isTrue();
        }
        for (String own : new String[] {"same-origin", "none", "Same-Origin"}) {
            MockHttpServletRequest r = post("/api/articles");
            r.addHeader("Sec-Fetch-Site", own);
            assertThat(SameOrigin.isCrossOrigin(r)).as(own).isFalse();
        }
    }

    @Test
    void the_origin_must_name_this_host_and_port() {
        MockHttpServletRequest same = post("/api/articles");
        same.addHeader("Origin", "http://banso.example.jp:8080");
        assertThat(SameOrigin.isCrossOrigin(same)).isFalse();
        assertThat(SameOrigin.isDeclaredSameOrigin(same)).isTrue();

        MockHttpServletRequest otherPort = post("/api/articles");
        otherPort.addHeader("Origin", "http://banso.example.jp:9090");
        assertThat(SameOrigin.isCrossOrigin(otherPort)).isTrue();
        assertThat(SameOrigin.isDeclaredSameOrigin(otherPort)).isFalse();

        MockHttpServletRequest none = post("/api/articles");
        assertThat(SameOrigin.isCrossOrigin(none)).as("no header: not a browser's cross-site request").isFalse();
        assertThat(SameOrigin.isDeclaredSameOrigin(none)).as("but not declared same-origin either").isFalse();

        MockHttpServletRequest noHost = new MockHttpServletRequest("POST", "/api/articles");
        noHost.setServerName("banso.example.jp");
        noHost.setServerPort(8080);
        noHost.addHeader("Origin", "http://banso.example.jp:8080");
        assertThat(SameOrigin.isCrossOrigin(noHost)).as("the server's own name and port stand in for Host").isFalse();
    }

    @Test
    void hosts_compare_with_default_ports_and_refuse_what_cannot_be_parsed() {
        assertThat(SameOrigin.matchesHost("https://banso.example.jp", "banso.example.jp:443")).isTrue();
        assertThat(SameOrigin.matchesHost("http://banso.example.jp", "banso.example.jp")).isTrue();
        assertThat(SameOrigin.matchesHost("https://banso.example.jp", "banso.example.jp")).isTrue();
        assertThat(SameOrigin.matchesHost("http://BANSO.example.jp:80", "banso.example.jp")).isTrue();
        assertThat(SameOrigin.matchesHost("http://banso.example.jp", "banso.example.jp:443")).isFalse();
        assertThat(SameOrigin.matchesHost("http://evil.example", "banso.example.jp")).isFalse();
        assertThat(SameOrigin.matchesHost("null", "banso.example.jp")).isFalse();
        assertThat(SameOrigin.matchesHost("http://banso.example.jp", null)).isFalse();
        assertThat(SameOrigin.matchesHost("banso.example.jp", "banso.example.jp")).as("no scheme").isFalse();
        assertThat(SameOrigin.matchesHost("http://", "banso.example.jp")).isFalse();
        assertThat(SameOrigin.matchesHost("http://banso.example.jp", "")).isFalse();
        assertThat(SameOrigin.matchesHost("http://banso.example.jp", ":8080")).as("a Host without a name").isFalse();
        assertThat(SameOrigin.matchesHost("http://bad host", "banso.example.jp")).isFalse();
    }

    @Test
    void an_api_write_skips_the_token_only_with_a_bearer_no_session_or_same_origin_json() {
        MockHttpServletRequest page = post("/curation");
        page.addHeader("Authorization", "Bearer bns_x");
        assertThat(SameOrigin.apiWriteWithoutToken(page)).as("not the API").isFalse();

        MockHttpServletRequest bearer = post("/api/articles");
        bearer.getSession(true);
        bearer.addHeader("Authorization", "bearer bns_x");
        assertThat(SameOrigin.apiWriteWithoutToken(bearer)).isTrue();

        MockHttpServletRequest basic = post("/api/articles");
        basic.getSession(true);
        basic.addHeader("Authorization", "Basic eDp5");
        basic.setContentType("text/plain");
        assertThat(SameOrigin.apiWriteWithoutToken(basic)).isFalse();

        assertThat(SameOrigin.apiWriteWithoutToken(post("/api/articles"))).as("no session").isTrue();

        for (String type : new String[] {"application/json", "application/json;charset=UTF-8", "application/merge-patch+json"}) {
            MockHttpServletRequest json = post("/api/articles");
            json.getSession(true);
            json.setContentType(type);
            json.addHeader("Origin", "http://banso.example.jp:8080");
            assertThat(SameOrigin.apiWriteWithoutToken(json)).as(type).isTrue();
        }
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "not a type", ""}) {
            MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/articles") {
                @Override
                public String getContentType() {
                    return type; // as sent, unparsed (the mock would refuse a malformed one)
                }
            };
            form.addHeader("Host", "banso.example.jp:8080");
            form.getSession(true);
            form.addHeader("Origin", "http://banso.example.jp:8080");
            assertThat(SameOrigin.apiWriteWithoutToken(form)).as(type).isFalse();
        }
        MockHttpServletRequest noType = post("/api/articles");
        noType.getSession(true);
        noType.addHeader("Origin", "http://banso.example.jp:8080");
        assertThat(SameOrigin.apiWriteWithoutToken(noType)).isFalse();

        MockHttpServletRequest jsonNoOrigin = post("/api/articles");
        jsonNoOrigin.getSession(true);
        jsonNoOrigin.setContentType("application/json");
        assertThat(SameOrigin.apiWriteWithoutToken(jsonNoOrigin)).as("JSON must also declare its origin").isFalse();

        MockHttpServletRequest contextPath = post("/app/api/articles");
        contextPath.setContextPath("/app");
        assertThat(SameOrigin.apiWriteWithoutToken(contextPath)).as("the path below the context").isTrue();
    }

    @Test
    void the_login_filter_refuses_only_cross_origin_login_posts() throws Exception {
        SameOrigin.LoginFilter filter = new SameOrigin.LoginFilter("/login");
        MockHttpServletRequest forged = post("/login");
        forged.addHeader("Origin", "http://evil.example");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain stopped = new MockFilterChain();
        filter.doFilter(forged, refused, stopped);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(stopped.getRequest()).isNull();

        MockHttpServletRequest own = post("/login");
        own.addHeader("Origin", "http://banso.example.jp:8080");
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(own, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isSameAs(own);

        for (MockHttpServletRequest other : new MockHttpServletRequest[] {post("/api/articles"),
                new MockHttpServletRequest("GET", "/login")}) {
            other.addHeader("Origin", "http://evil.example");
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(other, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(other.getMethod() + " " + other.getRequestURI()).isSameAs(other);
        }
    }
}
