package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The session cookie's flags on a real HTTP response of the running app (the container sets them, not MockMvc). */
class SessionCookieFlagsIT extends BrowserTest {

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie on " + page.headers().map()));
        String flags = cookie.toLowerCase(Locale.ROOT);
        assertThat(flags).contains("; httponly").contains("; samesite=lax").contains("; path=/");
        // Secure only behind HTTPS (BANSO_SECURE_COOKIES=true); the test app runs on plain HTTP
        assertThat(flags).doesNotContain("; secure");
    }
}
