package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A real Tomcat behind a "proxy" on 127.0.0.1 listed in banso.security.trusted-proxies: the login throttle
 * keys on the forwarded client, so two people behind the proxy are throttled apart, and a client cannot
 * escape its lock by putting a made-up address in front of the chain.
 */
class TrustedProxyTest {

    static final Path DATA = Path.of("target/test-data/trusted-proxy");

    private static String login(HttpClient http, int port, String forwardedFor, String password) throws Exception {
        String form = "username=proxy.user&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("Location").orElse("(no redirect, " + r.statusCode() + ")");
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_lock_and_cannot_spoof_its_way_out() throws Exception {
        IntegrationTest.deleteRecursively(DATA);
        try (IntegrationTest.SeparateApp app = IntegrationTest.startSeparateApp("--banso.data-dir=" + DATA,
                "--server.port=0", "--banso.security.trusted-proxies=127\\.0\\.0\\.1")) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
            app.bean(UserService.class).createUser(new NewUser("proxy.user", "プロキシ", "proxy user password", Set.of(AppRoles.STAFF)));
            SecurityContextHolder.clearContext();
            int port = Integer.parseInt(app.context().getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            for (int i = 0; i < TokenLimits.LOGIN_FAILURES_BEFORE_LOCK; i++) {
                assertThat(login(http, port, "198.51.100.1", "wrong " + i)).contains("error");
            }
            assertThat(login(http, port, "198.51.100.1", "proxy user password")).contains("locked");
            assertThat(login(http, port, "203.0.113.99, 198.51.100.1", "proxy user password"))
                    .as("a made-up address in front of the chain changes nothing").contains("locked");
            assertThat(login(http, port, "198.51.100.2", "proxy user password"))
                    .as("another person behind the same proxy").doesNotContain("error");
        }
    }
}
