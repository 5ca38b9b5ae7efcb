package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * No request hands out a stray session cookie. The login page's push connection says goodbye (Atmosphere's "close" request) as the page unloads, and that
 * request can still carry the session cookie that the login has just replaced. The server must not answer it
 * with a fresh session cookie: that cookie overwrote the new, logged-in one, and the next page went back to
 * the login form (seen as WorkshopLiveIT failing now and then). Plain HTTP against the running app; no
 * browser needed, but it shares the browser tests' application.
 */
class SessionCookieIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> pushClose(String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(
                        "VAADIN/push?v-r=push&v-uiId=0&v-pushId=00000000-0000-0000-0000-000000000000"
                                + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=00000000-0000-0000-0000-000000000000")))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_push_close_with_a_replaced_session_id_does_not_hand_out_a_new_session() throws Exception {
        HttpResponse<String> response = pushClose("JSESSIONID=6D93280DB306556DE19B4FE695F3A16C");

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by the answer")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void a_push_close_within_a_live_session_keeps_that_session() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";", 2)[0];

        HttpResponse<String> response = pushClose(session);

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    /**
     * Browsers fetch the web app manifest without cookies unless the link asks for credentials; each
     * such fetch opened a new, empty session on the server that nobody would ever use again.
     */
    @Test
    void the_page_asks_for_its_manifest_with_the_session_cookie() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        org.jsoup.nodes.Element manifest = org.jsoup.Jsoup.parse(page.body()).selectFirst("link[rel=manifest]");

        assertThat(manifest).as("the manifest link of the page").isNotNull();
        assertThat(manifest.attr("crossorigin")).isEqualTo("use-credentials");
    }
}
