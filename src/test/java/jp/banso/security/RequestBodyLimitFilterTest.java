package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The body caps without a server: which cap applies to whom, and a chunked body counted byte by byte. */
class RequestBodyLimitFilterTest {

    static final long VISITOR = RequestLimits.ANONYMOUS_BODY_MAX_BYTES;
    static final long SIGNED_IN = RequestLimits.SIGNED_IN_BODY_MAX_BYTES;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("fac",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
    }

    private static MockHttpServletRequest declared(long length) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/articles") {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        r.setContentType("application/json");
        return r;
    }

    /** A chunked body: no length, Transfer-Encoding set. */
    private static MockHttpServletRequest chunked(int size, String contentType) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        r.setContent(body);
        r.addHeader("Transfer-Encoding", "chunked");
        r.setContentType(contentType);
        return r;
    }

    private static MockFilterChain run(HttpServletRequest request, MockHttpServletResponse response) throws Exception {
        return run(RequestBodyLimitFilter.late(), request, response);
    }

    private static MockFilterChain runEarly(HttpServletRequest request, MockHttpServletResponse response) throws Exception {
        return run(RequestBodyLimitFilter.early(), request, response);
    }

    private static MockFilterChain run(RequestBodyLimitFilter filter, HttpServletRequest request,
                                       MockHttpServletResponse response) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain;
    }

    @Test
    void a_visitor_is_refused_one_byte_past_the_cap_and_passed_at_it() throws Exception {
        MockHttpServletResponse over = new MockHttpServletResponse();
        assertThat(run(declared(VISITOR + 1), over).getRequest()).as("not passed on").isNull();
        assertThat(over.getStatus()).isEqualTo(413);
        assertThat(over.getContentAsString()).contains("\"status\":413").contains(String.valueOf(VISITOR));
        assertThat(over.getContentType()).startsWith("application/json");
        assertThat(over.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(over.getHeader("Connection")).isEqualTo("close");

        MockHttpServletResponse at = new MockHttpServletResponse();
        assertThat(run(declared(VISITOR), at).getRequest()).isNotNull();
        assertThat(at.getStatus()).isEqualTo(200);
    }

    @Test
    void an_anonymous_token_is_a_visitor() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        MockHttpServletResponse r = new MockHttpServletResponse();
        run(declared(VISITOR + 1), r);
        assertThat(r.getStatus()).isEqualTo(413);
    }

    @Test
    void an_unauthenticated_token_is_a_visitor() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("fac", "pw"));
        MockHttpServletResponse r = new MockHttpServletResponse();
        run(declared(VISITOR + 1), r);
        assertThat(r.getStatus()).isEqualTo(413);
    }

    @Test
    void a_signed_in_user_has_the_larger_cap_and_no_more() throws Exception {
        signIn();
        MockHttpServletResponse upload = new MockHttpServletResponse();
        assertThat(run(declared(SIGNED_IN), upload).getRequest()).isNotNull();
        assertThat(upload.getStatus()).isEqualTo(200);
        MockHttpServletResponse over = new MockHttpServletResponse();
        assertThat(run(declared(SIGNED_IN + 1), over).getRequest()).isNull();
        assertThat(over.getStatus()).isEqualTo(413);
        assertThat(over.getContentAsString()).contains(String.valueOf(SIGNED_IN));
    }

    @Test
    void a_visitor_s_chunked_body_is_read_up_to_the_cap_and_handed_on_intact() throws Exception {
        MockHttpServletResponse over = new MockHttpServletResponse();
        assertThat(run(chunked((int) VISITOR + 1, "application/json"), over).getRequest()).isNull();
        assertThat(over.getStatus()).isEqualTo(413);

        MockHttpServletResponse at = new MockHttpServletResponse();
        HttpServletRequest passed = (HttpServletRequest) run(chunked((int) VISITOR, "application/json"), at).getRequest();
        assertThat(at.getStatus()).isEqualTo(200);
        assertThat(passed.getContentLength()).isEqualTo(-1);
        assertThat(passed.getInputStream().isFinished()).as("nothing read yet").isFalse();
        byte[] read = passed.getInputStream().readAllBytes();
        assertThat(read).hasSize((int) VISITOR).containsOnly((byte) 'x');
        assertThat(passed.getInputStream().isFinished()).isTrue();
        assertThat(passed.getInputStream().isReady()).isTrue();
        assertThat(passed.getInputStream().read()).isEqualTo(-1);

        MockHttpServletRequest noCharset = chunked(3, "application/json");
        noCharset.setContent("日".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpServletRequest utf8 = (HttpServletRequest) run(noCharset, new MockHttpServletResponse()).getRequest();
        assertThat(utf8.getReader().readLine()).as("UTF-8 unless the request says otherwise").isEqualTo("日");

        MockHttpServletRequest sjis = chunked(2, "text/plain");
        sjis.setCharacterEncoding("Shift_JIS");
        sjis.setContent("日".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        HttpServletRequest declared = (HttpServletRequest) run(sjis, new MockHttpServletResponse()).getRequest();
        assertThat(declared.getReader().readLine()).isEqualTo("日");
    }

    @Test
    void a_chunked_form_is_left_to_tomcat_which_caps_forms_itself() throws Exception {
        MockHttpServletRequest form = chunked((int) VISITOR + 1, "application/x-www-form-urlencoded; charset=UTF-8");
        MockHttpServletResponse r = new MockHttpServletResponse();
        assertThat(run(form, r).getRequest()).as("the same request object, unwrapped").isSameAs(form);
        assertThat(r.getStatus()).isEqualTo(200);
    }

    @Test
    void a_body_with_neither_length_nor_chunks_is_passed_unwrapped() throws Exception {
        MockHttpServletRequest r = declared(-1);
        assertThat(run(r, new MockHttpServletResponse()).getRequest()).isSameAs(r);
    }

    @Test
    void a_signed_in_user_s_chunked_body_fails_the_read_that_goes_past_the_cap() throws Exception {
        signIn();
        HttpServletRequest at = (HttpServletRequest) run(chunked((int) SIGNED_IN, "application/octet-stream"),
                new MockHttpServletResponse()).getRequest();
        assertThat(at.getInputStream().readAllBytes()).hasSize((int) SIGNED_IN);

        HttpServletRequest over = (HttpServletRequest) run(chunked((int) SIGNED_IN + 1, "application/octet-stream"),
                new MockHttpServletResponse()).getRequest();
        var in = over.getInputStream();
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining(String.valueOf(SIGNED_IN));
    }

    @Test
    void ahead_of_spring_security_a_request_without_a_login_or_credentials_gets_the_visitor_cap() throws Exception {
        MockHttpServletResponse bare = new MockHttpServletResponse();
        assertThat(runEarly(declared(VISITOR + 1), bare).getRequest()).isNull();
        assertThat(bare.getStatus()).isEqualTo(413);

        MockHttpServletRequest emptySession = declared(VISITOR + 1);
        emptySession.getSession(true);
        MockHttpServletResponse r1 = new MockHttpServletResponse();
        runEarly(emptySession, r1);
        assertThat(r1.getStatus()).as("a session without a login").isEqualTo(413);

        MockHttpServletRequest notLoggedIn = declared(VISITOR + 1);
        notLoggedIn.getSession(true).setAttribute("SPRING_SECURITY_CONTEXT",
                new org.springframework.security.core.context.SecurityContextImpl());
        MockHttpServletResponse r2 = new MockHttpServletResponse();
        runEarly(notLoggedIn, r2);
        assertThat(r2.getStatus()).as("a security context without a login").isEqualTo(413);

        MockHttpServletRequest halfLoggedIn = declared(VISITOR + 1);
        halfLoggedIn.getSession(true).setAttribute("SPRING_SECURITY_CONTEXT",
                new org.springframework.security.core.context.SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.unauthenticated("fac", "pw")));
        MockHttpServletResponse r3 = new MockHttpServletResponse();
        runEarly(halfLoggedIn, r3);
        assertThat(r3.getStatus()).as("an unauthenticated login attempt").isEqualTo(413);
    }

    @Test
    void ahead_of_spring_security_a_login_in_the_session_or_credentials_get_the_larger_cap() throws Exception {
        MockHttpServletRequest session = declared(SIGNED_IN);
        session.getSession(true).setAttribute("SPRING_SECURITY_CONTEXT",
                new org.springframework.security.core.context.SecurityContextImpl(UsernamePasswordAuthenticationToken
                        .authenticated("fac", null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR)))));
        assertThat(runEarly(session, new MockHttpServletResponse()).getRequest()).isSameAs(session);

        MockHttpServletRequest bearer = declared(SIGNED_IN);
        bearer.addHeader("Authorization", "Bearer bns_x");
        assertThat(runEarly(bearer, new MockHttpServletResponse()).getRequest()).isSameAs(bearer);

        MockHttpServletRequest tooBig = declared(SIGNED_IN + 1);
        tooBig.addHeader("Authorization", "Bearer bns_x");
        MockHttpServletResponse r = new MockHttpServletResponse();
        runEarly(tooBig, r);
        assertThat(r.getStatus()).isEqualTo(413);
    }

    @Test
    void ahead_of_spring_security_a_chunked_body_is_left_to_the_late_check() throws Exception {
        MockHttpServletRequest chunked = chunked((int) VISITOR + 1, "application/json");
        assertThat(runEarly(chunked, new MockHttpServletResponse()).getRequest()).isSameAs(chunked);
    }

    @Test
    void the_capped_stream_counts_single_bytes_too() throws Exception {
        var capped = new RequestBodyLimitFilter.CappedStream(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        assertThat(capped.read()).isEqualTo(1);
        assertThat(capped.read()).isEqualTo(2);
        assertThatThrownBy(capped::read).isInstanceOf(IOException.class);
        var zeros = new RequestBodyLimitFilter.CappedStream(new java.io.ByteArrayInputStream(new byte[3]), 2);
        assertThat(zeros.read()).isZero();
        assertThat(zeros.read()).isZero();
        assertThatThrownBy(zeros::read).as("a zero byte counts like any other").isInstanceOf(IOException.class);
        var exact = new RequestBodyLimitFilter.CappedStream(new java.io.ByteArrayInputStream(new byte[] {1, 2}), 2);
        assertThat(exact.read(new byte[8], 0, 8)).isEqualTo(2);
        assertThat(exact.read()).isEqualTo(-1);
        assertThat(exact.read(new byte[8], 0, 8)).isEqualTo(-1);
    }
}
