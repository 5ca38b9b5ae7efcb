package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.banso.search.NaughtyQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Bad input stays answered, over real HTTP on the real server (Tomcat, Spring Security's firewall, the
 * controller): GET /api/search gives a 200 with a result or a 400 with a Japanese JSON message, never
 * anything else; the search page shows results or a Japanese message, never a stack trace.
 */
class SearchBadInputIT extends BrowserTest {

    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** What a failed page shows: Vaadin's error view, a Java stack trace, Tomcat's error page. */
    static final Pattern FAILURE = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|Internal error|navigate to|HTTP Status");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Why an answer is wrong, or null when it is a 200 with a result or a 400 with a Japanese message. */
    private String problem(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return r.statusCode() + " " + type;
        }
        try {
            JsonNode body = json.readTree(r.body());
            if (r.statusCode() == 200) {
                return body.path("total").isInt() && body.path("hits").isArray() ? null : "200 without a result";
            }
            if (r.statusCode() == 400) {
                return JAPANESE.matcher(body.path("message").asText()).find() ? null : "400 without a Japanese message";
            }
            return r.statusCode() + " " + body.path("message").asText();
        } catch (Exception e) {
            return r.statusCode() + " unreadable JSON";
        }
    }

    @Test
    void the_api_answers_every_naughty_string_with_a_result_or_a_japanese_400() throws Exception {
        List<String> strings = new ArrayList<>(NaughtyQueries.blns());
        strings.addAll(NaughtyQueries.issue14());
        List<String> bad = new ArrayList<>();
        for (String s : strings) {
            for (String path : List.of("api/search?q=" + enc(s), "api/search?q=" + enc("居住支援") + "&prefecture=" + enc(s))) {
                String p = problem(get(path));
                if (p != null) {
                    bad.add(p + " for " + path.substring(0, Math.min(path.length(), 120)));
                }
            }
        }
        assertThat(bad).isEmpty();
        // a few answers in detail: an over-long query and a NUL are 400s saying why, in Japanese
        HttpResponse<String> tooLong = get("api/search?q=" + enc("あ".repeat(2_000)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).path("message").asText()).contains("200文字");
        HttpResponse<String> mixed = get("api/search?q=" + enc("ｾｰﾌﾃｨﾈｯﾄ住宅とはwhat"));
        assertThat(mixed.statusCode()).isEqualTo(200);
    }

    @Test
    void the_search_page_answers_bad_input_in_japanese_without_a_stack_trace() throws Exception {
        WebDriver d = newBrowser(390, 844);
        List<String> bad = new ArrayList<>();
        for (String s : NaughtyQueries.issue14()) {
            HttpResponse<String> first = get("search?q=" + enc(s));
            if (first.statusCode() != 200 || FAILURE.matcher(first.body()).find()) {
                bad.add("first response " + first.statusCode() + " for " + s.substring(0, Math.min(s.length(), 40)));
                continue;
            }
            open(d, "search?q=" + enc(s));
            String page = (String) js(d, "return document.body.innerText");
            String answer = (String) js(d, "const c = document.querySelector('.result-count'), m = document.querySelector('.search-message');"
                    + " return (c ? c.innerText : '') + (m && !m.hidden ? m.innerText : '')");
            if (FAILURE.matcher(page).find() || !JAPANESE.matcher(answer).find()) {
                bad.add("page for " + s.substring(0, Math.min(s.length(), 40)) + ": " + answer);
                screenshot(d, "search-bad-input-" + bad.size());
            }
        }
        assertThat(bad).isEmpty();
    }
}
