package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import jp.banso.security.AppRoles;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two browsers, two people: a participant on a phone-sized window joins by the code and types a row; the
 * facilitator's live board, open in another browser, shows it through server push without a reload.
 */
class WorkshopLiveIT extends WorkshopBrowserTest {

    private WorkshopSession prepare() {
        ensureFacilitator("facilitator-it");
        return as("it-admin", () -> {
            WorkshopSession s = workshops.createSession(new SessionDraft("居住支援 意見交換会", SessionKind.EXCHANGE,
                    LocalDateTime.now().plusMinutes(30), "市役所 大会議室", false, "焼津市", 0, 3));
            workshops.addAgendaItem(s.id(), new AgendaItemDraft("グループワーク", 40, AgendaKind.GROUP_WORK, null));
            // the session belongs to it-admin: the facilitator runs it as a co-facilitator
            workshops.addCoFacilitator(s.id(), "facilitator-it");
            return s;
        }, AppRoles.ADMIN, AppRoles.FACILITATOR);
    }

    @Test
    void a_row_typed_by_a_participant_appears_on_the_facilitators_board_through_push() throws Exception {
        WorkshopSession s = prepare();

        WebDriver facilitator = newBrowser(1366, 900);
        logIn(facilitator, "facilitator-it");
        open(facilitator, "workshops/board/" + s.id());
        awaitShown(facilitator, ".board-groups", "workshop-board");

        WebDriver phone = joinOnPhone(s, new Joiner("鈴木", "居住支援法人", "NPO法人 すまいサポート", null, false),
                "workshop-join-phone");
        phone.findElement(css("#add-row")).click();
        WebElement content = waitFor(phone).until(ExpectedConditions.elementToBeClickable(css(".sheet-row vaadin-text-area textarea")));
        content.sendKeys("退院後に住まいが見つからない");
        long typedAt = System.currentTimeMillis();
        // while typing the row says 保存中…; 保存しました only once the server answered the save
        assertThat((String) js(phone, "return document.querySelector('.sheet-row .save-pending').innerText")).isEqualTo("保存中…");
        waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(css(".sheet-row:not([data-typing]) .save-state[data-state='saved']")));

        // the board gets it without any action in the facilitator's browser
        waitFor(facilitator).until(d -> (Boolean) js(d,
                "return [...document.querySelectorAll('.board-card')].some(c => c.innerText.includes('退院後に住まいが見つからない'))"));
        long shownAfter = System.currentTimeMillis() - typedAt;
        assertThat(shownAfter).as("ms from the last keystroke to the board (includes the 800 ms autosave pause)")
                .isLessThan(5000);
        assertThat((String) js(facilitator, "return document.querySelector('.affiliation-counts').innerText"))
                .contains("居住支援法人 1人・1件");
        screenshot(facilitator, "workshop-board-after-push");

        // the participant's page fits a phone and the facilitator's timer start reaches it
        assertThat(((Number) js(phone, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue())
                .isLessThanOrEqualTo(0);
        facilitator.findElements(css(".board-head vaadin-button")).get(0).click();
        waitFor(phone).until(d -> ((String) js(d, "return document.querySelector('.timer-item').innerText")).contains("グループワーク"));
        Thread.sleep(1500); // let the countdown tick once in the browser
        assertThat((String) js(phone, "return document.querySelector('.timer-clock').innerText")).matches("(39:5\\d|40:00)");
        screenshot(phone, "workshop-sheet-phone");

        // a reload (the cookie) brings the participant back to the saved row
        phone.navigate().refresh();
        waitForVaadin(phone);
        waitFor(phone).until(d -> "退院後に住まいが見つからない".equals(js(d,
                "const t = document.querySelector('.sheet-row vaadin-text-area'); return t ? t.value : null")));
    }

    @Test
    void typing_then_tapping_add_row_at_once_ends_on_saved_for_every_row() throws Exception {
        WorkshopSession s = prepare();
        WebDriver phone = joinOnPhone(s, new Joiner("佐藤", "住宅部局", "", null, false), null);
        phone.findElement(css("#add-row")).click();
        WebElement content = waitFor(phone).until(ExpectedConditions.elementToBeClickable(css(".sheet-row vaadin-text-area textarea")));
        // no pause: the tap on 行を追加 comes well inside the 0.8 s autosave delay
        content.sendKeys("保証人がいない高齢者");
        phone.findElement(css("#add-row")).click();
        waitFor(phone).until(d -> ((Number) js(d, "return document.querySelectorAll('.sheet-row').length")).intValue() == 2);
        WebElement second = phone.findElements(css(".sheet-row vaadin-text-area textarea")).get(2);
        second.sendKeys("家賃滞納の相談先");
        phone.findElement(css("#add-row")).click();
        waitFor(phone).until(d -> ((Number) js(d, "return document.querySelectorAll('.sheet-row').length")).intValue() == 3);

        String allSaved = "return [...document.querySelectorAll('.sheet-row')].every(r => !r.hasAttribute('data-typing')"
                + " && r.querySelector('.save-state').dataset.state === 'saved' && r.querySelector('.save-state').offsetParent !== null)";
        waitFor(phone).until(d -> (Boolean) js(d, allSaved));
        Thread.sleep(2000); // it stays settled: no late save flips a row back to 保存中…
        assertThat((Boolean) js(phone, allSaved)).isTrue();
        assertThat((String) js(phone, "return [...document.querySelectorAll('.sheet-row')].map(r => r.innerText).join('|')"))
                .doesNotContain("保存中");
        screenshot(phone, "workshop-sheet-add-while-typing-phone");
        // and the server has both texts
        phone.navigate().refresh();
        waitForVaadin(phone);
        waitFor(phone).until(d -> (Boolean) js(d, "const v = [...document.querySelectorAll('.sheet-row vaadin-text-area')].map(t => t.value);"
                + " return v.includes('保証人がいない高齢者') && v.includes('家賃滞納の相談先')"));
    }
}
