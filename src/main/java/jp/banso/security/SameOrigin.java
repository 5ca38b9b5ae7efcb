package jp.banso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request checks from the headers browsers set themselves (OWASP's "verifying origin with standard
 * headers"): {@code Sec-Fetch-Site} and {@code Origin}. A page elsewhere, even on another port of this host,
 * cannot make a browser send our origin. Requests without either header come from non-browser clients,
 * which a forged request cannot.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /** True when the browser says the request was started by another origin (or site). */
    static boolean isCrossOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true; // cross-site, or same-site (another port or subdomain): both are other origins
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return origin != null && !matchesHost(origin, host);
    }

    /** True when the browser declared (Origin) that the request comes from this origin. */
    static boolean isDeclaredSameOrigin(HttpServletRequest request) {
        return request.getHeader("Origin") != null && !isCrossOrigin(request);
    }

    /**
     * An API write carried by the session cookie may skip the CSRF token only as JSON (which a form or a
     * {@code text/plain} post cannot send and a cross-origin script cannot send without a CORS preflight)
     * from this very origin; Bearer-token calls and calls without a session cookie carry no ambient
     * credentials and are not CSRF-able.
     */
    static boolean apiWriteWithoutToken(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        if (request.getSession(false) == null) {
            return true; // no live session behind a cookie, nothing ambient to abuse: authorisation answers (401)
        }
        return isJson(request.getContentType()) && isDeclaredSameOrigin(request);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            // (parseMediaType wraps the InvalidMimeTypeException this used to catch: a malformed type threw)
            return false;
        }
    }

    /**
     * Compares the Origin's host and port with the Host header the browser sent (kept by a reverse proxy that
     * terminates TLS, unlike the scheme the app sees), default ports filled in from the Origin's scheme.
     */
    static boolean matchesHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            if (o.getHost() == null || o.getScheme() == null) {
                return false;
            }
            int defaultPort = o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            int originPort = o.getPort() == -1 ? defaultPort : o.getPort();
            URI h = URI.create("//" + host);
            if (h.getHost() == null) {
                return false;
            }
            int hostPort = h.getPort() == -1 ? defaultPort : h.getPort();
            return o.getHost().equalsIgnoreCase(h.getHost()) && originPort == hostPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Login CSRF: Vaadin exempts its login view's form post from Spring's token check (its login form has no
     * token field), so an attacker's page could log a victim into the attacker's account. Posts to the login
     * URL from another origin are refused here instead.
     */
    static final class LoginFilter extends OncePerRequestFilter {

        private final String loginPath;

        LoginFilter(String loginPath) {
            this.loginPath = loginPath;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod())
                    || !request.getRequestURI().substring(request.getContextPath().length()).equals(loginPath);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isCrossOrigin(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "login from another origin");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
