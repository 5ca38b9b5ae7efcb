package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import jp.banso.security.AppRoles;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The two flows a person must manage with the keyboard alone (JIS X 8341-3 / WCAG 2.1.1): joining a workshop and
 * filling the issue sheet; from the library through search to an article. Only Tab, Shift+Tab, Space, Enter and
 * typing; every element that gets the focus shows it (WCAG 2.4.7).
 */
class KeyboardFlowIT extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    /** Presses Tab until the focused element matches the selector; fails after a bounded number of presses. */
    private void tabTo(WebDriver d, String selector, List<String> unfocusedMarks) {
        for (int i = 0; i < 60; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            Boolean there = (Boolean) js(d, "const a = document.activeElement; return !!a && !!a.closest(arguments[0]);", selector);
            if (Boolean.TRUE.equals(there)) {
                String visible = (String) js(d, """
                        const a = document.activeElement;
                        const host = a.closest('[focus-ring]');
                        const style = getComputedStyle(a);
                        return host || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'
                            ? 'visible' : a.outerHTML.slice(0, 120);""");
                if (!"visible".equals(visible)) {
                    unfocusedMarks.add(selector + ": " + visible);
                }
                return;
            }
        }
        throw new AssertionError("60 presses of Tab never reached " + selector + "; focus is on "
                + js(d, "return document.activeElement.outerHTML.slice(0, 200)"));
    }

    private static void type(WebDriver d, CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    @Test
    void joining_and_filling_the_issue_sheet_with_the_keyboard_alone() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("keyboard-facilitator", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
        WorkshopSession s;
        try {
            s = workshops.createSession(new SessionDraft("キーボード操作の確認", SessionKind.STUDY,
                    LocalDateTime.now().plusMinutes(30), "市役所", false, "岡崎市", 0, 3));
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<String> unfocused = new java.util.ArrayList<>();
        WebDriver d = newBrowser(390, 844);
        open(d, "join");
        tabTo(d, "#join-code", unfocused);
        type(d, s.joinCode());
        tabTo(d, "#join-name", unfocused);
        type(d, "キーボード 利用者");
        tabTo(d, "#join-affiliation", unfocused);
        type(d, Keys.SPACE);
        tabTo(d, "#join-submit", unfocused);
        screenshot(d, "keyboard-join-phone");
        type(d, Keys.ENTER);
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("#add-row")));
        waitForVaadin(d);
        tabTo(d, "#add-row", unfocused);
        type(d, Keys.ENTER);
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".sheet-row vaadin-text-area textarea")));
        waitForVaadin(d);
        tabTo(d, ".sheet-row vaadin-text-area", unfocused);
        type(d, "夜間の相談先がわからない");
        waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(css(".sheet-row .save-state[data-state='saved']")));
        screenshot(d, "keyboard-sheet-phone");
        assertThat((String) js(d, "return [...document.querySelectorAll('.sheet-row vaadin-text-area')].map(t => t.value).join('|')"))
                .contains("夜間の相談先がわからない");
        assertThat(unfocused).as("elements that took the focus without showing it").isEmpty();
    }

    @Test
    void from_the_library_through_search_to_an_article_with_the_keyboard_alone() throws Exception {
        List<String> unfocused = new java.util.ArrayList<>();
        WebDriver d = newBrowser(1366, 900);
        open(d, "library");
        tabTo(d, ".shell-search", unfocused);
        type(d, "相談件数", Keys.ENTER);
        waitFor(d).until(x -> x.getCurrentUrl().contains("/search"));
        waitForVaadin(d);
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".search-hit-title")));
        tabTo(d, ".search-hit-title", unfocused);
        String target = (String) js(d, "return document.activeElement.getAttribute('href')");
        screenshot(d, "keyboard-search");
        type(d, Keys.ENTER);
        waitFor(d).until(x -> x.getCurrentUrl().contains("/library/"));
        waitForVaadin(d);
        assertThat(d.getCurrentUrl()).contains(target.replaceFirst("#.*", ""));
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css(".article-body")));
        screenshot(d, "keyboard-article");
        assertThat(unfocused).as("elements that took the focus without showing it").isEmpty();
    }
}
