package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search page as a visitor uses it: plain snippets, もしかして only when it helps, a passage link that lands
 * on its section, and on a phone the results first with the facets in a panel that 絞り込み opens.
 */
class SearchPageIT extends BrowserTest {

    static final String Q = "不動産事業者へのアンケートの回収率は？";
    /** Markdown a reader never sees (same as SectionDocTest's, for the rendered page). */
    static final Pattern SYNTAX = Pattern.compile("(?m)^[ \\t]*[-*+>#][ \\t]+\\S|\\||\\*\\*|`|\\]\\(|!\\[|\\((/|https?:)");

    private static String search(String q) {
        return "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static List<String> axe(WebDriver d, String where) {
        List<String> problems = new ArrayList<>();
        for (Rule v : new AxeBuilder().withTags(RouteWalkIT.AXE_TAGS).analyze(d).getViolations()) {
            if ("critical".equals(v.getImpact()) || "serious".equals(v.getImpact())) {
                problems.add(where + ": " + v.getId() + " " + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return problems;
    }

    private static double top(WebDriver d, String selector) {
        return ((Number) js(d, "const e = document.querySelector(arguments[0]); return e ? e.getBoundingClientRect().top : -1", selector)).doubleValue();
    }

    private static boolean shown(WebDriver d, String selector) {
        return (Boolean) js(d, "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0", selector);
    }

    @Test
    void snippets_are_plain_text_and_the_passage_link_lands_on_its_section_at_the_first_click() throws Exception {
        WebDriver driver = newBrowser();
        // questions whose passages are a table row, a list item, text around links and emphasis
        for (String q : List.of("事前に配布した課題シートの項目", "不動産事業者が受け入れを敬遠する理由", "住生活基本計画の成果指標",
                "シナリオの根拠になった事例", Q)) {
            open(driver, search(q));
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit")));
            String snippets = (String) js(driver, "return [...document.querySelectorAll('.search-snippet')].map(s => s.innerText).join('\\n')");
            assertThat(snippets).as(q).isNotBlank();
            assertThat(SYNTAX.matcher(snippets).find()).as(q + " → " + snippets).isFalse();
        }
        screenshot(driver, "search-desktop");
        String page = (String) js(driver, "return document.querySelector('.search-results').innerText");
        assertThat(page).contains("焼津");
        assertThat(shown(driver, ".search-did-you-mean")).as("もしかして with many results").isFalse();

        // 焼津's answer lies deep in its article (the survey section): landing on it needs a scroll
        WebElement link = driver.findElement(css(".search-hit[data-slug='yaizu'] .search-passage-link"));
        String href = link.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", link); // it lies below the first screen
        link.click(); // client-side navigation: no reload
        waitFor(driver).until(d -> ((Number) js(d, "const e = document.getElementById(arguments[0]);"
                + " return e && e.classList.contains('search-target') ? e.getBoundingClientRect().top : 99999", anchor))
                .doubleValue() < 400);
        screenshot(driver, "search-passage-landed");
        assertThat(((Number) js(driver, "return document.querySelector('.article-view h1').getBoundingClientRect().bottom")).doubleValue())
                .as("the article's title scrolled away: the page moved to the passage").isNegative();
    }

    @Test
    void on_a_desktop_the_facets_stand_beside_the_results() throws Exception {
        WebDriver d = newBrowser();
        open(d, search("意見交換会"));
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit")));
        assertThat(shown(d, ".search-filter-toggle")).isFalse();
        assertThat(shown(d, ".search-facet vaadin-button")).isTrue();
        double facetsRight = ((Number) js(d, "return document.querySelector('.search-facets').getBoundingClientRect().right")).doubleValue();
        double hitLeft = ((Number) js(d, "return document.querySelector('.search-hit').getBoundingClientRect().left")).doubleValue();
        assertThat(facetsRight).isLessThanOrEqualTo(hitLeft);
        d.findElement(css(".search-facet[data-facet='prefecture'] vaadin-button[data-value='静岡県']")).sendKeys(Keys.ENTER);
        waitFor(d).until(x -> x.getCurrentUrl().contains("prefecture="));
        waitForVaadin(d);
        screenshot(d, "search-desktop-filtered");
        List<String> problems = axe(d, "desktop, filtered");
        assertThat(problems).isEmpty();
    }

    @Test
    void on_a_phone_the_results_come_first_and_the_facets_open_from_a_button_with_the_keyboard() throws Exception {
        WebDriver d = newBrowser(390, 844);
        open(d, search("意見交換会"));
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit")));
        screenshot(d, "search-phone");
        assertThat(shown(d, ".search-facet vaadin-button")).as("facet buttons before opening the panel").isFalse();
        assertThat(top(d, ".search-hit")).as("the first result on the first screen").isBetween(0.0, 700.0);
        WebElement toggle = d.findElement(css(".search-filter-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        List<String> problems = new ArrayList<>(axe(d, "phone, closed"));

        toggle.sendKeys(Keys.ENTER);
        waitFor(d).until(x -> shown(x, ".search-facet vaadin-button"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(top(d, ".search-facets")).as("the panel opens below its button, above the results")
                .isGreaterThan(top(d, ".search-filter-toggle")).isLessThan(top(d, ".search-hit"));
        screenshot(d, "search-phone-facets-open");
        problems.addAll(axe(d, "phone, open"));

        d.findElement(css(".search-facet[data-facet='prefecture'] vaadin-button[data-value='静岡県']")).sendKeys(Keys.ENTER);
        waitFor(d).until(x -> x.getCurrentUrl().contains("prefecture="));
        waitForVaadin(d);
        waitFor(d).until(x -> shown(x, ".search-filter-chip"));
        assertThat(shown(d, ".search-facet vaadin-button")).as("the panel closes after a choice").isFalse();
        assertThat((String) js(d, "return document.querySelector('.search-filter-chip').innerText")).contains("静岡県");
        assertThat(d.findElement(css(".search-filter-toggle")).getText()).contains("1");
        screenshot(d, "search-phone-filtered");
        problems.addAll(axe(d, "phone, filtered"));

        d.findElement(css(".search-filter-chip")).sendKeys(Keys.ENTER);
        waitFor(d).until(x -> !x.getCurrentUrl().contains("prefecture="));
        waitForVaadin(d);
        assertThat(shown(d, ".search-filter-chip")).isFalse();
        assertThat(problems).isEmpty();
    }
}
