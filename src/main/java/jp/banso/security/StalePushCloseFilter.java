package jp.banso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a push "close" (sent by Atmosphere as a page unloads) that still carries a session ID the server no
 * longer knows, without letting it reach Vaadin. Left alone, the push handler opened a new, empty session for
 * it and the answer's cookie replaced the one the login had just issued (the login changes the session ID):
 * the user was logged out again by the page they were leaving. A dead session has no push connection to
 * close, so nothing is lost.
 */
class StalePushCloseFilter extends OncePerRequestFilter {

    static final String PUSH_PATH = "/VAADIN/push";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return !path.equals(PUSH_PATH) || query == null || !query.contains("X-Atmosphere-Transport=close");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }
}
