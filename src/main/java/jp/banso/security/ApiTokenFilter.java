package jp.banso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.banso.base.api.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer bns_...} on /api/**: authenticates the request (not a session) as the token's
 * owner with their current roles. A token that is wrong, revoked or of a disabled user gets 401 at once
 * rather than silently continuing as anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    ApiTokenFilter(ApiTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> owner = tokens.ownerOf(header.substring(7).strip());
        UserDetails user = owner.map(users::loadUserByUsername).filter(UserDetails::isEnabled).orElse(null);
        if (user == null) {
            // written here, not sent as an error: the container's error dispatch would run the chain again
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ApiErrors.write(response, HttpStatus.UNAUTHORIZED, ApiErrors.japanese("api.error.401.token"),
                    "Invalid or revoked token.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
