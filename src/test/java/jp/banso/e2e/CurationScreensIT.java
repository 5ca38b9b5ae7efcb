package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.ArticleRevision;
import jp.banso.library.ArticleDocument;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The advisers' editor, version diff and review queue as a browser lays them out, at desktop and phone width:
 * screenshots under target/screenshots, and the layout claims Karibu cannot see (side by side / stacked, a real
 * editing height, no sideways scrolling, changes marked with underline and strike-through, tables as tables).
 */
class CurationScreensIT extends BrowserTest {

    @Autowired
    ArticleEditingService editing;
    @Autowired
    UserService users;

    private static final String MD = """
            ---
            slug: e2e-screens
            title: 画面確認用の記事（演習用の架空の事例）
            kind: case
            prefecture: 奈良県
            municipalities: [奈良市]
            fiscal_year: 2024
            themes: [勉強会]
            target_groups: []
            support_team: []
            summary: 画面の確認に使う架空の記事です。
            ---

            ## 取組状況 {#status}

            勉強会を開き、住宅と福祉の担当者が集まりました。

            | 区分 | 人数 |
            |---|---|
            | 参加者 | 計35名 |

            ## 今後の方向性 {#next}

            協議会の設立に向けて話し合いを続けます。
            """;

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private void prepare() {
        as("admin", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals("adviser-screens"))) {
            users.createUser(new NewUser("adviser-screens", "アドバイザー", "adviser-password-1", Set.of(AppRoles.ADVISER)));
        }
        as("screens.author", AppRoles.ADVISER);
        ArticleRevision v1 = editing.createDraft(ArticleDocument.parse(MD), "");
        editing.submitForReview("e2e-screens", v1.id());
        as("screens.reviewer", AppRoles.ADVISER);
        editing.publish("e2e-screens", v1.id(), "確認しました");
        as("screens.author", AppRoles.ADVISER);
        ArticleRevision v2 = editing.saveDraft("e2e-screens", v1.id(), ArticleDocument.parse(MD.replace("計35名", "計36名")
                .replace("title: 画面確認用の記事", "title: 画面確認用の記事（改訂）")), "人数を修正");
        editing.submitForReview("e2e-screens", v2.id());
        SecurityContextHolder.clearContext();
    }

    private void login(WebDriver d) {
        open(d, "login");
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("input[name='username']"))).sendKeys("adviser-screens");
        d.findElement(css("input[name='password']")).sendKeys("adviser-password-1", Keys.ENTER);
        waitFor(d).until(x -> !x.getCurrentUrl().contains("login"));
    }

    /** Nothing of the page's own content (the main element) reaches past the right edge of the screen. */
    private static void noSidewaysScrolling(WebDriver d, String page) {
        Number overflow = (Number) js(d, "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as(page + ": page wider than the screen").isLessThanOrEqualTo(0);
        String outside = (String) js(d, "const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('main *')].filter(e => { const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.right > w + 1 && !e.closest('vaadin-grid'); })"
                + ".slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        assertThat(outside).as(page + ": elements past the right edge").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(WebDriver d, String selector) {
        return (Map<String, Number>) js(d, "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {left: r.left, top: r.top, width: r.width, height: r.height};", selector);
    }

    @Test
    void editor_diff_and_review_at_desktop_and_phone_width() throws Exception {
        prepare();
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            String w = String.valueOf(size[0]);
            WebDriver d = newBrowser(size[0], size[1]);
            login(d);

            open(d, "curation/edit/e2e-screens");
            awaitShown(d, ".markdown-preview h2", "curation-editor-" + w);
            Thread.sleep(500);
            screenshot(d, "curation-editor-" + w);
            js(d, "document.querySelector('.editor-outline').scrollIntoView()");
            Thread.sleep(200);
            screenshot(d, "curation-editor-text-" + w);
            Map<String, Number> text = box(d, "vaadin-text-area.markdown-editor");
            Map<String, Number> preview = box(d, ".markdown-preview");
            assertThat(text.get("height").doubleValue()).as("editing height").isGreaterThan(250);
            if (size[0] > 900) {
                assertThat(preview.get("left").doubleValue()).as("preview beside the text").isGreaterThan(
                        text.get("left").doubleValue() + text.get("width").doubleValue() - 1);
                assertThat(Math.abs(preview.get("top").doubleValue() - text.get("top").doubleValue())).isLessThan(60);
            } else {
                assertThat(preview.get("top").doubleValue()).as("preview below the text").isGreaterThan(
                        text.get("top").doubleValue() + text.get("height").doubleValue() - 1);
            }
            assertThat(((Number) js(d, "return document.querySelectorAll('.markdown-preview table').length")).intValue()).isEqualTo(1);
            assertThat(((Number) js(d, "return document.querySelectorAll('.editor-outline vaadin-button').length")).intValue()).isEqualTo(2);
            noSidewaysScrolling(d, "editor");

            open(d, "curation/history/e2e-screens");
            awaitShown(d, ".diff-rendered del", "curation-history-" + w);
            Thread.sleep(300);
            screenshot(d, "curation-history-" + w);
            assertThat((String) js(d, "return getComputedStyle(document.querySelector('.diff-rendered del')).textDecorationLine")).contains("line-through");
            assertThat((String) js(d, "return getComputedStyle(document.querySelector('.diff-rendered ins')).textDecorationLine")).contains("underline");
            assertThat((String) js(d, "const c = document.querySelector('.diff-rendered del').closest('td'); return c ? c.textContent : ''")).contains("5");
            noSidewaysScrolling(d, "history");

            open(d, "curation/review");
            awaitShown(d, "vaadin-grid", "curation-review-" + w);
            Thread.sleep(500);
            waitFor(d).until(ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                    "//vaadin-grid-cell-content[contains(., '画面確認用の記事')]"))).click();
            awaitShown(d, ".diff-field-table", "curation-review-" + w);
            Thread.sleep(300);
            screenshot(d, "curation-review-" + w);
            js(d, "document.querySelector('.diff-panel').scrollIntoView()");
            Thread.sleep(200);
            screenshot(d, "curation-review-diff-" + w);
            noSidewaysScrolling(d, "review");

            open(d, "curation/import");
            awaitShown(d, "vaadin-upload", "curation-import-" + w);
            Thread.sleep(300);
            screenshot(d, "curation-import-" + w);
            assertThat((String) js(d, "return document.querySelector('vaadin-upload').shadowRoot.textContent + document.querySelector('vaadin-upload').textContent"))
                    .doesNotContain("Upload File").doesNotContain("Drop file");
            noSidewaysScrolling(d, "import");
        }
    }
}
