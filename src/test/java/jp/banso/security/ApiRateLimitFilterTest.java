package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiRateLimitFilterTest {

    private static int call(ApiRateLimitFilter filter, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/articles");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void an_address_over_its_api_budget_gets_429_and_others_do_not() throws Exception {
        ApiRateLimitFilter filter = new ApiRateLimitFilter(Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC), 3);
        assertThat(call(filter, "10.0.0.1")).isEqualTo(200);
        assertThat(call(filter, "10.0.0.1")).isEqualTo(200);
        assertThat(call(filter, "10.0.0.1")).isEqualTo(200);
        assertThat(call(filter, "10.0.0.1")).isEqualTo(429);
        assertThat(call(filter, "10.0.0.2")).isEqualTo(200);
    }

    @Test
    void a_request_within_the_budget_goes_on_and_a_refused_one_says_when_to_come_back() throws Exception {
        ApiRateLimitFilter filter = new ApiRateLimitFilter(Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC), 1);
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/api/articles");
        first.setRemoteAddr("10.0.0.3");
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(first, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).as("handed on to the API").isSameAs(first);

        MockHttpServletRequest second = new MockHttpServletRequest("GET", "/api/articles");
        second.setRemoteAddr("10.0.0.3");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain stopped = new MockFilterChain();
        filter.doFilter(second, refused, stopped);
        assertThat(stopped.getRequest()).isNull();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
    }
}
