package jp.banso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import jp.banso.base.RateLimiter;
import jp.banso.base.api.ApiErrors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to /api/** per client address and minute (base.RateLimiter); beyond it 429 with Retry-After.
 * The address is the forwarded client only behind a trusted proxy (see LoginThrottle).
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter perAddress;

    ApiRateLimitFilter(Clock clock, int requestsPerMinute) {
        this.perAddress = new RateLimiter(clock, new RateLimiter.Limit(requestsPerMinute, Duration.ofMinutes(1)), 100_000);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr() == null ? "?" : request.getRemoteAddr();
        if (!perAddress.tryConsume(address)) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, perAddress.secondsToWait(address))));
            ApiErrors.write(response, org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "Too many requests.");
            return;
        }
        chain.doFilter(request, response);
    }
}
