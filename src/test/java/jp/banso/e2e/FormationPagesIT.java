package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.banso.formation.PlaybookRun;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.RunStep;
import jp.banso.formation.StepStatus;
import jp.banso.formation.StepUpdate;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The formation dashboard and a playbook run in a real browser at desktop and phone width: the charts are SVG
 * that the browser draws (not text), labelled in Japanese, nothing overflows sideways, and the print view
 * shows the full table without the app's navigation. Screenshots in target/screenshots.
 */
class FormationPagesIT extends BrowserTest {

    @Autowired
    PlaybookRunService runs;
    @Autowired
    UserService users;

    @AfterEach
    void clearLogin() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static long horizontalOverflow(WebDriver d) {
        return ((Number) js(d, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Test
    void the_dashboard_draws_its_charts_in_japanese_at_desktop_and_phone_width_and_prints_the_whole_table() throws Exception {
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            WebDriver d = newBrowser(size[0], size[1]);
            String name = "formation-dashboard-" + size[0];
            open(d, "formation/340006");
            awaitShown(d, ".formation-svg svg", name);
            assertThat(js(d, "return [...document.querySelectorAll('.formation-svg svg')].every(s => s instanceof SVGSVGElement"
                    + " && s.getBoundingClientRect().width > 300 && s.getBoundingClientRect().height > 150)")).isEqualTo(true);
            assertThat((String) js(d, "return document.querySelector('.formation-svg svg').textContent")).contains("年度末", "実績");
            assertThat((String) js(d, "return document.querySelector('.formation-kpi-value').innerText")).isEqualTo("47.0%");
            assertThat(horizontalOverflow(d)).isLessThanOrEqualTo(0);
            screenshot(d, name);
            js(d, "document.querySelector('.formation-charts').scrollIntoView()");
            screenshot(d, name + "-charts");
            js(d, "document.querySelector('vaadin-grid').scrollIntoView()");
            screenshot(d, name + "-table");

            ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Thread.sleep(300);
            assertThat(((Number) js(d, "return document.querySelectorAll('.formation-print-table tbody tr').length")).intValue())
                    .isEqualTo(23);
            assertThat(js(d, "return document.querySelector('.formation-print-table').offsetHeight > 0")).isEqualTo(true);
            assertThat(js(d, "return getComputedStyle(document.querySelector('.formation-filters')).display")).isEqualTo("none");
            js(d, "window.scrollTo(0, 0)");
            screenshot(d, name + "-print");
            js(d, "document.querySelector('.formation-charts').scrollIntoView()");
            screenshot(d, name + "-print-charts");
        }
    }

    @Test
    void a_playbook_run_reads_well_at_desktop_and_phone_width() throws Exception {
        as("admin", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals("facilitator-e2e"))) {
            users.createUser(new NewUser("facilitator-e2e", "ファシリテーター", "facilitator-password-1", Set.of(AppRoles.FACILITATOR)));
        }
        as("facilitator-e2e", AppRoles.FACILITATOR);
        PlaybookRun run = runs.start("playbook-hatsukaichi-founding", "352039"); // 山口市
        RunStep first = run.steps().get(0);
        runs.updateStep(run.id(), first.id(), first.version(), new StepUpdate("facilitator-e2e", null, StepStatus.DONE,
                "住宅部局と協議した（E2E の記録）", ""));
        RunStep second = run.steps().get(1);
        runs.createSession(run.id(), second.id(), second.version(), LocalDateTime.of(2027, 2, 10, 14, 0));
        SecurityContextHolder.clearContext();

        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            WebDriver d = newBrowser(size[0], size[1]);
            open(d, "login");
            waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("input[name='username']"))).sendKeys("facilitator-e2e");
            d.findElement(css("input[name='password']")).sendKeys("facilitator-password-1", Keys.ENTER);
            waitFor(d).until(x -> !x.getCurrentUrl().contains("login"));
            waitForVaadin(d);
            open(d, "formation/run/" + run.id());
            String name = "formation-run-" + size[0];
            awaitShown(d, ".formation-step", name);
            assertThat(((Number) js(d, "return document.querySelectorAll('.formation-step').length")).intValue())
                    .isEqualTo(run.steps().size());
            assertThat((String) js(d, "return document.querySelector('.formation-run-progress').innerText")).contains("進捗");
            assertThat(horizontalOverflow(d)).isLessThanOrEqualTo(0);
            screenshot(d, name);
            js(d, "document.querySelectorAll('.formation-step')[1].scrollIntoView()");
            screenshot(d, name + "-step2");
            open(d, "formation/municipality/352039");
            awaitShown(d, ".formation-runs", name + "-municipality");
            screenshot(d, name + "-municipality");
        }
    }
}
