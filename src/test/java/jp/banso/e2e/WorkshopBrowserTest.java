package jp.banso.e2e;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browser tests of workshops: a facilitator's account and login, and a participant joining on a phone. */
abstract class WorkshopBrowserTest extends BrowserTest {

    static final String FACILITATOR_PASSWORD = "facilitator-password-1";

    @Autowired
    UserService users;
    @Autowired
    WorkshopService workshops;

    /** Runs {@code work} logged in as this user (the test's own thread has no login). */
    static <T> T as(String username, Supplier<T> work, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The facilitator's account, made once: browser tests share one database. */
    void ensureFacilitator(String username) {
        as("it-admin", () -> {
            if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
                users.createUser(new NewUser(username, "進行役", FACILITATOR_PASSWORD, Set.of(AppRoles.FACILITATOR)));
            }
            return null;
        }, AppRoles.ADMIN, AppRoles.FACILITATOR);
    }

    void logIn(WebDriver driver, String username) {
        open(driver, "login");
        WebElement user = waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(css("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(css("input[name='password']")).sendKeys(FACILITATOR_PASSWORD, Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("login"));
        waitForVaadin(driver);
    }

    /** Who joins: the form's fields; a null municipality is left empty, {@code consent} ticks the record's box. */
    record Joiner(String name, String affiliation, String organisation, String municipality, boolean consent) {
    }

    /**
     * Joins the session in a new phone-sized browser and waits for the issue sheet. With a {@code formShot} name,
     * the filled form is kept as a screenshot before it is sent.
     */
    WebDriver joinOnPhone(WorkshopSession s, Joiner who, String formShot) throws java.io.IOException {
        WebDriver phone = newBrowser(390, 844);
        open(phone, "join/" + s.joinCode());
        waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(css("#join-name input")));
        phone.findElement(css("#join-name input")).sendKeys(who.name());
        List<WebElement> choices = phone.findElements(css("#join-affiliation vaadin-radio-button"));
        choices.stream().filter(e -> e.getText().contains(who.affiliation())).findFirst().orElseThrow()
                .findElement(css("input")).click();
        phone.findElement(css("#join-organisation input")).sendKeys(who.organisation());
        if (who.municipality() != null) {
            phone.findElement(css("#join-municipality input")).sendKeys(who.municipality());
        }
        if (who.consent()) {
            phone.findElement(css("#join-consent input")).click();
        }
        if (formShot != null) {
            screenshot(phone, formShot);
        }
        phone.findElement(css("#join-submit")).click();
        waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(css("#add-row")));
        waitForVaadin(phone);
        return phone;
    }
}
