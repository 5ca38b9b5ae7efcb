package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.banso.security.AppRoles;
import jp.banso.security.ApiTokenService;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Errors over real HTTP on the real Tomcat, where the container's error dispatch runs (a mock request does not
 * show it): every API family answers 400, 401, 403, 404, 405 and 415 as the one JSON format with a Japanese
 * message, never a redirect or an HTML page; an address that is no page is the 404 page for everyone.
 */
class ErrorResponsesIT extends BrowserTest {

    static final String PASSWORD = "errors-password-1";
    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    static final String ARTICLE_JSON = """
            {"slug":"errors-%d","title":"エラー確認","kind":"case","prefecture":"静岡県","municipalities":[],
             "themes":[],"targetGroups":[],"supportTeam":[],"summary":"",
             "sections":[{"anchor":"a","title":"見出し","markdown":"本文"}]}""";

    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String adviserToken;

    @BeforeEach
    void users_and_a_token() {
        as("errors-setup", AppRoles.ADMIN);
        try {
            for (String role : List.of(AppRoles.ADVISER, AppRoles.STAFF)) {
                String name = "errors-" + role.toLowerCase(java.util.Locale.ROOT);
                if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
                    users.createUser(new NewUser(name, "エラー確認 " + role, PASSWORD, Set.of(role)));
                }
            }
            as("errors-adviser", AppRoles.ADVISER);
            adviserToken = tokens.create("errors " + System.nanoTime());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** As a Japanese browser asks (without Accept-Language the server's own locale would choose the language). */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "ja-JP,ja");
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A person's browser session: logged in through the login form, the session cookie kept. */
    private HttpClient loggedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(client, request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.headers().firstValue("Location").orElse("")).as("login of " + username).doesNotContain("error");
        return client;
    }

    private HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", "application/json").header("Origin", url("").replaceAll("/$", ""))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private String article() {
        return ARTICLE_JSON.formatted(System.nanoTime());
    }

    /** What is wrong with an API answer that should be the error {@code status}; empty when it is right. */
    static List<String> problemsOf(String what, HttpResponse<String> r, int status) throws Exception {
        List<String> wrong = new ArrayList<>();
        if (r.statusCode() != status) {
            wrong.add(what + ": status " + r.statusCode() + " (expected " + status + ") "
                    + r.headers().firstValue("Location").map(l -> "→ " + l).orElse(""));
            return wrong;
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            wrong.add(what + ": content type " + r.headers().firstValue("Content-Type").orElse("(none)"));
            return wrong;
        }
        JsonNode body = new ObjectMapper().readTree(r.body());
        if (body.path("status").asInt() != status || body.path("error").asText().isBlank()) {
            wrong.add(what + ": body " + r.body());
        }
        if (!JAPANESE.matcher(body.path("message").asText()).find()) {
            wrong.add(what + ": message not Japanese: " + body.path("message").asText());
        }
        if (r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("trace")) {
            wrong.add(what + ": internals in the body: " + r.body());
        }
        return wrong;
    }

    @Test
    void every_api_family_answers_its_errors_as_json_with_a_japanese_message() throws Exception {
        HttpClient staff = loggedIn("errors-staff");
        String bearer = "Bearer " + adviserToken;
        List<String> wrong = new ArrayList<>();
        // 404: an unknown slug of each family, and addresses no controller maps
        for (String path : List.of("api/articles/no-such-article", "api/articles/no-such-article/export.md",
                "api/scenarios/no-such-scenario", "api/playbooks/no-such-playbook", "api/formation/prefectures/999999",
                "api/no-such-family", "api/search/no-such-thing", "api")) {
            wrong.addAll(problemsOf("GET /" + path, send(anonymous, request(path).GET()), 404));
        }
        wrong.addAll(problemsOf("GET a run's missing document (token)", send(anonymous,
                request("api/formation/runs/999999/attachments/0123456789abcdef").header("Authorization", bearer).GET()), 404));
        wrong.addAll(problemsOf("DELETE /api/no-such-family (token)",
                send(anonymous, request("api/no-such-family").header("Authorization", bearer).DELETE()), 404));
        // 400: bad parameters and bodies
        wrong.addAll(problemsOf("GET /api/articles?kind=", send(anonymous, request("api/articles?kind=nope").GET()), 400));
        wrong.addAll(problemsOf("GET /api/search?q=", send(anonymous, request("api/search?q=").GET()), 400));
        wrong.addAll(problemsOf("GET /api/search?limit=", send(anonymous, request("api/search?q=x&limit=many").GET()), 400));
        wrong.addAll(problemsOf("POST /api/articles broken JSON",
                send(anonymous, json(request("api/articles").header("Authorization", bearer), "POST", "{\"slug\":")), 400));
        wrong.addAll(problemsOf("POST /api/articles invalid article", send(anonymous,
                json(request("api/articles").header("Authorization", bearer), "POST", "{\"slug\":\"x\",\"kind\":\"nope\"}")), 400));
        // 401: no login, a wrong token (never the login page)
        wrong.addAll(problemsOf("POST /api/articles anonymous", send(anonymous, json(request("api/articles"), "POST", article())), 401));
        for (String path : List.of("api/articles", "api/search?q=%E7%9B%B8%E8%AB%87", "api/scenarios", "api/playbooks",
                "api/formation/prefectures")) {
            wrong.addAll(problemsOf("GET /" + path + " wrong token",
                    send(anonymous, request(path).header("Authorization", "Bearer bns_wrong").GET()), 401));
        }
        wrong.addAll(problemsOf("GET a run's document anonymous (runs need a login)",
                send(anonymous, request("api/formation/runs/999999/attachments/0123456789abcdef").GET()), 401));
        // 403: a logged-in member of staff may not write articles; a cookie write from another origin is refused
        wrong.addAll(problemsOf("POST /api/articles as staff", send(staff, json(request("api/articles"), "POST", article())), 403));
        wrong.addAll(problemsOf("POST /api/articles from another origin", send(staff, request("api/articles")
                .header("Content-Type", "text/plain").header("Origin", "http://localhost:1")
                .POST(HttpRequest.BodyPublishers.ofString(article()))), 403));
        // 405: a known address with a method it does not take
        for (String path : List.of("api/articles/okazaki", "api/search", "api/scenarios", "api/playbooks",
                "api/formation/prefectures")) {
            wrong.addAll(problemsOf("DELETE /" + path, send(anonymous, request(path).header("Authorization", bearer).DELETE()), 405));
        }
        // 415: a body the endpoint does not read
        wrong.addAll(problemsOf("POST /api/articles as XML", send(anonymous, request("api/articles").header("Authorization", bearer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<article/>"))), 415));
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_405_names_the_methods_the_address_takes() throws Exception {
        HttpResponse<String> r = send(anonymous, request("api/scenarios").header("Authorization", "Bearer " + adviserToken).DELETE());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void an_address_that_is_no_page_is_the_404_page_for_everyone_while_protected_pages_still_ask_for_a_login() throws Exception {
        // (a missing article under a known view, /library/no-such-slug, shows the same page, but Vaadin sends it as 200)
        for (String path : List.of("no-such-page", "no/such/page", "workshops/session/not-a-number")) {
            HttpResponse<String> r = send(anonymous, request(path).GET());
            assertThat(r.statusCode()).as("anonymous /" + path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as("/" + path).startsWith("text/html");
        }
        HttpResponse<String> asStaff = send(loggedIn("errors-staff"), request("no-such-page").GET());
        assertThat(asStaff.statusCode()).isEqualTo(404);
        HttpResponse<String> protectedPage = send(anonymous, request("admin/users").GET());
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
