package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import jp.banso.security.AppRoles;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopLimits;
import jp.banso.workshop.WorkshopServiceTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Excel import on the session page, on a phone (390x844): the upload reads in Japanese, and a file with
 * row errors gets a table whose long messages wrap and are shown whole (nothing cut off or beside the screen).
 */
class SessionImportIT extends WorkshopBrowserTest {

    static final String USER = "import-facilitator";

    @Test
    void on_a_phone_the_upload_is_japanese_and_long_row_errors_wrap_in_full() throws Exception {
        ensureFacilitator(USER);
        long session = as(USER, () -> workshops.createSession(new SessionDraft("取込確認の意見交換会", SessionKind.EXCHANGE,
                LocalDateTime.now().plusDays(1), "会議室", false, "焼津市", 0, 3)).id(), AppRoles.FACILITATOR);
        byte[] bad = WorkshopServiceTest.fill(as(USER, () -> workshops.importTemplate(session), AppRoles.FACILITATOR),
                new String[][] {
                    {"山田", "住宅部局・福祉部局・不動産関係団体の合同の連絡窓口（仮称）", "市住宅課", "空き家", "活用", ""},
                    {"鈴木", "福祉部局", "", "見守り", "内容", "あ".repeat(WorkshopLimits.IMPROVEMENT_MAX + 1)},
                    {"", "福祉部局", "", "", "", ""}});
        Path file = Files.createTempFile("banso-import-", ".xlsx");
        Files.write(file, bad);

        WebDriver d = newBrowser(390, 844);
        logIn(d, USER);
        open(d, "workshops/session/" + session);
        awaitShown(d, "vaadin-upload", "session-import-390");
        WebElement upload = d.findElement(css("vaadin-upload"));
        String uploadText = (String) js(d, "return arguments[0].shadowRoot.textContent + arguments[0].textContent", upload);
        assertThat(uploadText).doesNotContain("Upload File").doesNotContain("Drop file").contains("ファイル");

        upload.getShadowRoot().findElement(css("input[type=file]")).sendKeys(file.toString());
        awaitShown(d, "vaadin-grid.import-errors:not([hidden])", "session-import-390");
        waitForVaadin(d);
        js(d, "arguments[0].scrollIntoView()", d.findElement(css("vaadin-grid.import-errors")));
        Thread.sleep(300);
        screenshot(d, "session-import-errors-390");

        // every message cell shows its whole text: no cell's content is wider or taller than the cell shows
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js(d, """
                const grid = document.querySelector('vaadin-grid.import-errors');
                const out = [];
                for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  const slot = cell.assignedSlot && cell.assignedSlot.parentElement;
                  if (!slot || !cell.textContent.trim()) continue;
                  const c = cell.getBoundingClientRect(), s = slot.getBoundingClientRect();
                  if (cell.scrollWidth > cell.clientWidth + 1 || c.right > s.right + 1 || c.bottom > s.bottom + 1
                      || s.right > document.documentElement.clientWidth + 1) out.push(cell.textContent.trim().slice(0, 40));
                }
                return out;""");
        assertThat(cut).as("row errors cut off on a phone").isEmpty();
        assertThat((String) js(d, "return document.querySelector('vaadin-grid.import-errors').innerText"))
                .as("the longest message is there whole").contains("一覧にありません");
        long overflow = ((Number) js(d, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertThat(overflow).as("sideways scrolling of the page").isZero();
    }
}
