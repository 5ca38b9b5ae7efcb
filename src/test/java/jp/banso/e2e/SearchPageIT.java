package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page as a visitor uses it: plain snippets, a passage link that lands on its section, phones. */
class SearchPageIT extends BrowserTest {

    static final String Q = "不動産事業者へのアンケートの回収率は？";

    @Test
    void snippets_are_plain_text_and_the_passage_link_lands_on_its_section_at_the_first_click() throws Exception {
        WebDriver driver = newBrowser();
        open(driver, "search?q=" + java.net.URLEncoder.encode(Q, java.nio.charset.StandardCharsets.UTF_8));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit")));
        screenshot(driver, "search-desktop");
        String page = (String) js(driver, "return document.querySelector('.search-results').innerText");
        assertThat(page).doesNotContain("| ", "回る率");
        assertThat(page).contains("焼津");

        WebElement link = driver.findElement(css(".search-hit .search-passage-link"));
        String href = link.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        link.click(); // client-side navigation: no reload
        waitFor(driver).until(d -> ((Number) js(d, "const e = document.getElementById(arguments[0]);"
                + " return e && e.classList.contains('search-target') ? e.getBoundingClientRect().top : 99999", anchor))
                .doubleValue() < 400);
        screenshot(driver, "search-passage-landed");
    }

    @Test
    void on_a_phone_the_results_come_before_the_facets() throws Exception {
        WebDriver driver = newBrowser(390, 844);
        open(driver, "search?q=" + java.net.URLEncoder.encode("意見交換会", java.nio.charset.StandardCharsets.UTF_8));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit")));
        double hit = ((Number) js(driver, "return document.querySelector('.search-hit').getBoundingClientRect().top")).doubleValue();
        double facets = ((Number) js(driver, "return document.querySelector('.search-facets').getBoundingClientRect().top")).doubleValue();
        assertThat(hit).isLessThan(facets);
        screenshot(driver, "search-phone");
    }
}
