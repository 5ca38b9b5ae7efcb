package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What only a browser shows: Japanese renders, nothing overflows, anchors scroll, no script errors. */
class LibraryPagesIT extends BrowserTest {

    private static long horizontalOverflow(WebDriver driver) {
        return ((Number) js(driver, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Test
    void home_library_and_an_article_render_in_japanese_without_overflow() throws Exception {
        WebDriver driver = newBrowser();
        open(driver, "");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".article-card")));
        assertThat(driver.getTitle()).contains("伴走");
        assertThat((String) js(driver, "return document.querySelector('.hero h1').innerText")).contains("協議会");
        assertThat(horizontalOverflow(driver)).isLessThanOrEqualTo(0);
        screenshot(driver, "home");

        open(driver, "library");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".article-card")));
        long cards = ((Number) js(driver, "return document.querySelectorAll('.article-card').length")).longValue();
        assertThat(cards).isGreaterThanOrEqualTo(8);
        assertThat(horizontalOverflow(driver)).isLessThanOrEqualTo(0);
        screenshot(driver, "library");

        open(driver, "library/nagano");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".toc a")));
        assertThat(driver.getTitle()).contains("長野県");
        assertThat(horizontalOverflow(driver)).isLessThanOrEqualTo(0);
        screenshot(driver, "article-nagano");
    }

    @Test
    void a_section_anchor_in_the_url_scrolls_to_that_section() throws Exception {
        WebDriver driver = newBrowser();
        open(driver, "library/okazaki#next-steps");
        waitFor(driver).until(d -> ((Number) js(d,
                "const e = document.getElementById('next-steps'); return e ? e.getBoundingClientRect().top : 99999")).doubleValue() < 400);
        screenshot(driver, "article-okazaki-anchor");
    }

    @Test
    void the_article_page_is_readable_on_a_phone() throws Exception {
        WebDriver driver = newBrowser(390, 844);
        open(driver, "library/yaizu");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css(".article-body")));
        assertThat(horizontalOverflow(driver)).isLessThanOrEqualTo(0);
        screenshot(driver, "article-yaizu-phone");
    }
}
