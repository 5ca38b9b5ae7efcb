package jp.banso.curation;

import jp.banso.library.ArticleLimits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.banso.KaribuTest;
import jp.banso.library.ui.ArticleView;
import jp.banso.security.AppRoles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every string of the Big List of Naughty Strings (src/test/resources/blns, MIT) goes through the REST API
 * into title, summary, a municipality, a section title and a section body; then through review and publishing;
 * then out through the JSON API and the article page. Either the string is refused with a stated problem
 * (only strings with characters a text file cannot carry as given: control characters, YAML non-printables,
 * line separators, or over the length limits), or it comes back exactly as given (trimmed) and is shown as
 * text, with no element or attribute that could run script. Never a server error.
 */
class BlnsTest extends KaribuTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleEditingService editing;
    @Autowired
    ObjectMapper json;

    static List<String> blns() throws Exception {
        try (InputStream in = BlnsTest.class.getResourceAsStream("/blns/blns.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
    }

    /** What the content format cannot hold as given; everything else must be stored unchanged. */
    static boolean storable(String s) {
        // a title loses bidi controls and zero-width characters (TextHygiene): what is left must still be a title
        String t = s.strip();
        if (jp.banso.base.TextHygiene.strip(s).strip().isEmpty()) {
            return false;
        }
        if (t.isEmpty() || t.length() > ArticleLimits.TAG_MAX) {
            return false;
        }
        return s.codePoints().allMatch(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029
                && (c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000));
    }

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(BlnsTest::descendants));
    }

    @Test
    void every_naughty_string_is_stored_and_shown_exactly_as_given_or_refused_with_a_reason() throws Exception {
        List<String> strings = blns();
        assertThat(strings).hasSizeGreaterThan(400);
        List<String> wrong = new ArrayList<>();
        int stored = 0, refused = 0;
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            String slug = "blns-" + i;
            Map<String, Object> body = Map.of("slug", slug, "title", s, "kind", "case", "prefecture", "静岡県",
                    "municipalities", List.of(s), "themes", List.of(), "targetGroups", List.of(), "supportTeam", List.of(),
                    "summary", s, "sections", List.of(Map.of("anchor", "a", "title", s, "markdown", "本文：" + s)));
            MvcResult r = mvc.perform(post("/api/articles").with(user("blns.author").roles(AppRoles.ADVISER)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body))).andReturn();
            int status = r.getResponse().getStatus();
            if (status >= 500) {
                wrong.add(i + ": server error " + status);
                continue;
            }
            if (status == 400) {
                refused++;
                JsonNode problems = json.readTree(r.getResponse().getContentAsByteArray()).get("problems");
                if (storable(s)) {
                    wrong.add(i + ": refused although storable: " + problems);
                } else if (problems == null || problems.isEmpty()) {
                    wrong.add(i + ": refused without a stated problem");
                }
                continue;
            }
            if (status != 201) {
                wrong.add(i + ": unexpected status " + status);
                continue;
            }
            stored++;
            String expected = s.strip();
            String expectedTitle = jp.banso.base.TextHygiene.strip(s).strip();
            login("blns.author", AppRoles.ADVISER);
            long head = editing.open(slug).head().id();
            editing.submitForReview(slug, head);
            login("blns.reviewer", AppRoles.ADVISER);
            editing.publish(slug, head, "BLNS");
            logout();

            JsonNode a = json.readTree(mvc.perform(get("/api/articles/" + slug)).andReturn().getResponse().getContentAsByteArray());
            if (!expectedTitle.equals(a.get("title").asText()) || !expected.equals(a.get("summary").asText())
                    || !expected.equals(a.get("municipalities").get(0).asText())
                    || !expected.equals(a.get("sections").get(0).get("title").asText())
                    || !("本文：" + s).strip().equals(a.get("sections").get(0).get("markdown").asText())) {
                wrong.add(i + ": JSON differs from what was given");
            }
            UI.getCurrent().navigate("library/" + slug);
            ArticleView view = _get(ArticleView.class);
            String h1 = descendants(view).filter(H1.class::isInstance).map(c -> ((H1) c).getText()).findFirst().orElse(null);
            if (!expectedTitle.equals(h1)) {
                wrong.add(i + ": page title shows " + h1);
            }
            for (Html html : descendants(view).filter(Html.class::isInstance).map(Html.class::cast).toList()) {
                for (Element e : Jsoup.parseBodyFragment(html.getInnerHtml()).body().getAllElements()) {
                    if (List.of("script", "img", "iframe", "object", "embed", "svg", "style", "form").contains(e.tagName())
                            || e.attributes().asList().stream().anyMatch(at -> at.getKey().toLowerCase().startsWith("on")
                                    || at.getValue().toLowerCase().replaceAll("\\s", "").startsWith("javascript:"))) {
                        wrong.add(i + ": rendered markup could run script: " + e.outerHtml());
                    }
                }
            }
        }
        System.out.printf("BLNS: %d strings, %d stored and shown as given, %d refused with a reason%n",
                strings.size(), stored, refused);
        assertThat(wrong).isEmpty();
        assertThat(stored).isGreaterThan(refused);
    }
}
