package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.banso.library.ArticleDocument;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.ArticleRevision;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.Keys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In real Chromium, under the app's Content-Security-Policy: pages render (Vaadin works with the policy) and
 * the console shows no CSP violation; naughty strings written by an adviser run no script for readers.
 */
class CurationSecurityIT extends BrowserTest {

    @Autowired
    ArticleEditingService editing;
    @Autowired
    UserService users;

    private WebDriver driver;

    /** Like BrowserTest.newBrowser, plus the browser console log (to read CSP violations). */
    private WebDriver browserWithConsole() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)).as("headless Chromium is not installed").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=ja-JP");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    @Test
    void naughty_strings_run_no_script_and_vaadin_works_under_the_content_security_policy() throws Exception {
        as("xss.author", AppRoles.ADVISER);
        String md = """
                ---
                slug: e2e-xss
                title: '<script>window.__xss=1</script>タイトル'
                kind: case
                prefecture: '<img onerror=x=2>'
                municipalities: ['"><svg onload=window.__xss=3>']
                fiscal_year: 2024
                themes: []
                target_groups: []
                support_team: []
                summary: '<iframe src="javascript:window.__xss=4"></iframe>'
                ---

                ## 本文 {#body}

                <script>window.__xss=5</script>

                <img src=x onerror=window.__xss=6>

                [リンク](javascript:window.__xss=7) と [正しいリンク](https://example.org/)
                """;
        ArticleRevision v = editing.createDraft(ArticleDocument.parse(md), "");
        editing.submitForReview("e2e-xss", v.id());
        as("xss.reviewer", AppRoles.ADVISER);
        editing.publish("e2e-xss", v.id(), "XSS check");
        as("admin", AppRoles.ADMIN);
        SecurityContextHolder.clearContext();

        WebDriver d = browserWithConsole();
        open(d, "library/e2e-xss");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".article-body")));
        Thread.sleep(500);
        assertThat(js(d, "return window.__xss === undefined")).isEqualTo(true);
        assertThat((String) js(d, "return document.querySelector('h1').textContent")).isEqualTo("<script>window.__xss=1</script>タイトル");
        assertThat(((Number) js(d, "return document.querySelectorAll('.article-view script, .article-view img, .article-view iframe, .article-view svg').length")).intValue()).isZero();
        assertThat(((Number) js(d, "return [...document.querySelectorAll('.article-view a')].filter(a => a.href.startsWith('javascript:')).length")).intValue()).isZero();
        assertThat((String) js(d, "return document.querySelector('.article-body').textContent")).contains("<script>window.__xss=5</script>");
        screenshot(d, "curation-xss-article");
        assertThat(cspViolations()).isEmpty();

        // the login page (Vaadin's login overlay and form) also works under the policy
        open(d, "login");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("input[name=username]")));
        assertThat(js(d, "return window.__xss === undefined")).isEqualTo(true);
        assertThat((String) js(d, "return document.querySelector('vaadin-text-field').shadowRoot ? 'ok' : 'no'")).isEqualTo("ok");
        screenshot(d, "curation-login-csp");
        assertThat(cspViolations()).isEmpty();

        // an adviser logs in through the form and the editor (rich text fields, live preview) works under the
        // policy (this step was flaky until StalePushCloseFilter: the login page's push close undid the login)
        as("admin", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals("adviser-csp"))) {
            users.createUser(new NewUser("adviser-csp", "アドバイザー", "adviser-password-1", Set.of(AppRoles.ADVISER)));
        }
        SecurityContextHolder.clearContext();
        open(d, "login");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("input[name='username']"))).sendKeys("adviser-csp");
        d.findElement(css("input[name='password']")).sendKeys("adviser-password-1", Keys.ENTER);
        waitFor(d).until(x -> !x.getCurrentUrl().contains("login"));
        waitForVaadin(d);
        open(d, "curation/edit/e2e-xss");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".article-editor-view")));
        Thread.sleep(500);
        assertThat(d.getCurrentUrl()).contains("curation/edit/e2e-xss");
        assertThat(js(d, "return window.__xss === undefined")).as("the preview of the naughty article runs no script").isEqualTo(true);
        screenshot(d, "curation-editor-csp");
        assertThat(cspViolations()).isEmpty();
    }
}
