package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import jp.banso.security.AppRoles;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Three browsers: two members of one group on phone-sized windows type into the same worksheet; the
 * facilitator's overview (desktop) shows both cells through push. Screenshots go to target/screenshots.
 */
class GroupWorkLiveIT extends WorkshopBrowserTest {

    private WorkshopSession prepare() {
        ensureFacilitator("groups-it");
        return as("groups-it", () -> workshops.createSession(new SessionDraft("居住支援 事例検討会", SessionKind.STUDY,
                LocalDateTime.now().plusMinutes(30), "市役所 大会議室", false, "山口市", 0, 3)), AppRoles.FACILITATOR);
    }

    private WebDriver joinOnPhone(WorkshopSession s, String name, String affiliation, String org) throws java.io.IOException {
        return joinOnPhone(s, new Joiner(name, affiliation, org, "山口市", true), null);
    }

    private static String cellValue(WebDriver d, String key) {
        return (String) js(d, "const c = document.querySelector(\"[data-cell='" + key + "'] vaadin-text-area\"); return c ? c.value : null");
    }

    @Test
    void two_members_edit_one_worksheet_on_phones_and_the_overview_shows_both_through_push() throws Exception {
        WorkshopSession s = prepare();
        WebDriver a = joinOnPhone(s, "佐藤", "住宅部局", "市住宅課");
        WebDriver b = joinOnPhone(s, "高橋", "居住支援法人", "NPO法人 すまいサポート");
        screenshot(a, "groupwork-join-done-phone");

        WebDriver facilitator = newBrowser(1366, 900);
        logIn(facilitator, "groups-it");
        open(facilitator, "workshops/groups/" + s.id());
        awaitShown(facilitator, "#form-groups", "groupwork-groups");
        js(facilitator, "const f = document.querySelector('vaadin-integer-field'); f.value = '1'; f.dispatchEvent(new Event('change'));");
        waitForVaadin(facilitator);
        facilitator.findElement(css("#form-groups")).click();
        waitFor(facilitator).until(d -> !d.findElements(css(".group-table")).isEmpty());
        screenshot(facilitator, "groupwork-groups-desktop");

        // the phones show the table at once (push), and open the shared worksheet
        for (WebDriver phone : List.of(a, b)) {
            waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(css("#open-group")));
        }
        screenshot(a, "groupwork-sheet-with-table-phone");
        for (WebDriver phone : List.of(a, b)) {
            phone.findElement(css("#open-group")).click();
            waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(css("[data-cell='0:content'] textarea")));
            waitForVaadin(phone);
        }

        open(facilitator, "workshops/overview/" + s.id());
        awaitShown(facilitator, ".overview-tile", "groupwork-overview");

        a.findElement(css("[data-cell='0:content'] textarea")).sendKeys("家賃保証会社の審査に通らない");
        b.findElement(css("[data-cell='1:content'] textarea")).sendKeys("退院後の見守りが途切れた");
        waitFor(a).until(d -> "退院後の見守りが途切れた".equals(cellValue(d, "1:content")));
        waitFor(b).until(d -> "家賃保証会社の審査に通らない".equals(cellValue(d, "0:content")));
        waitFor(facilitator).until(d -> {
            String t = (String) js(d, "return document.querySelector('.overview-tile').innerText");
            return t.contains("家賃保証会社の審査に通らない") && t.contains("退院後の見守りが途切れた");
        });
        waitFor(a).until(ExpectedConditions.visibilityOfElementLocated(css("[data-cell='0:content'] .save-state[data-state='saved']")));
        assertThat(((Number) js(a, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue())
                .isLessThanOrEqualTo(0);
        // a member inside a cell is never overwritten: the other's text for it waits, with a hint, while a is in it
        a.findElement(css("[data-cell='2:content'] textarea")).click();
        waitForVaadin(a);
        b.findElement(css("[data-cell='2:content'] textarea")).sendKeys("入居後の連絡先が決まっていない");
        waitFor(b).until(ExpectedConditions.visibilityOfElementLocated(css("[data-cell='2:content'] .save-state[data-state='saved']")));
        waitFor(a).until(ExpectedConditions.presenceOfElementLocated(css("[data-cell='2:content'] .save-state[data-newer]")));
        assertThat(cellValue(a, "2:content")).isEmpty();
        screenshot(a, "groupwork-worksheet-phone-a");
        screenshot(b, "groupwork-worksheet-phone-b");
        screenshot(facilitator, "groupwork-overview-desktop");

        // full screen for report-back, then projector mode
        facilitator.findElement(css(".tile-full-button")).click();
        waitFor(facilitator).until(d -> !d.findElements(css(".tile-fullscreen")).isEmpty());
        screenshot(facilitator, "groupwork-overview-fullscreen");
        facilitator.findElement(css("#projector")).click();
        waitFor(facilitator).until(d -> !d.findElements(css(".overview-view.projector")).isEmpty());
        screenshot(facilitator, "groupwork-overview-projector");
        facilitator.findElement(css("#projector")).click();
        waitForVaadin(facilitator);

        // 「全員をメインボードに戻す」 brings both phones back to their main page
        facilitator.findElements(css(".overview-toolbar vaadin-button")).stream()
                .filter(e -> e.getText().contains("全員をメインボードに戻す")).findFirst().orElseThrow().click();
        for (WebDriver phone : List.of(a, b)) {
            waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(css("#add-row")));
        }
        assertThat(a.getCurrentUrl()).endsWith("/sheet");

        // the session record, then the facilitator's pages at phone width
        open(facilitator, "workshops/record/" + s.id());
        awaitShown(facilitator, ".record-text", "groupwork-record");
        assertThat((String) js(facilitator, "return document.querySelector('.record-text').innerText"))
                .contains("家賃保証会社の審査に通らない", "佐藤");
        screenshot(facilitator, "groupwork-record-desktop");
        facilitator.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : List.of("groups", "overview", "record")) {
            open(facilitator, "workshops/" + page + "/" + s.id());
            Thread.sleep(500);
            screenshot(facilitator, "groupwork-" + page + "-phone");
        }
    }
}
