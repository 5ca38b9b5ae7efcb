package jp.banso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.vaadin.flow.router.Route;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every route of the app, opened in real Chromium at desktop (1366x900) and phone (390x844) width as the role
 * that uses it: no horizontal overflow, no interactive element outside the viewport, and no critical or serious
 * axe-core violation of WCAG 2.0/2.1 A and AA. Screenshots for a person to look at:
 * target/screenshots/walk-{width}-{name}.png. A route the walk does not know fails the first test, so a new
 * screen is walked from the day it is added.
 */
class RouteWalkIT extends BrowserTest {

    static final String ANONYMOUS = "ANONYMOUS";
    /** A participant joined by code (no account): the cookie of the join flow. */
    static final String PARTICIPANT = "PARTICIPANT";
    static final String PASSWORD = "walk-password-1";
    /** The route of stops that open no view (the 404 page). */
    static final String NOT_A_ROUTE = "(none)";
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One stop of the walk: which route, the path to open ({session} = a session made for the walk), as whom. */
    record Stop(String route, String name, String path, String who) {
    }

    static final List<Stop> PLAN = List.of(
            new Stop("", "home", "", ANONYMOUS),
            new Stop("library", "library", "library", ANONYMOUS),
            new Stop("library/:slug", "article", "library/okazaki", ANONYMOUS),
            new Stop("search", "search", "search?q=" + "岡崎市の相談件数は", ANONYMOUS),
            new Stop("login", "login", "login", ANONYMOUS),
            new Stop("accessibility", "accessibility", "accessibility", ANONYMOUS),
            new Stop("join", "join", "join/{code}", ANONYMOUS),
            new Stop("join/return", "join-return-invalid", "join/return/not-a-token", ANONYMOUS),
            new Stop("sheet", "sheet", "sheet", PARTICIPANT),
            new Stop("sheet/print", "sheet-print", "sheet/print", PARTICIPANT),
            new Stop("workshops", "workshops", "workshops", AppRoles.FACILITATOR),
            new Stop("workshops/session", "workshop-session", "workshops/session/{session}", AppRoles.FACILITATOR),
            new Stop("workshops/board", "workshop-board", "workshops/board/{session}", AppRoles.FACILITATOR),
            new Stop("curation", "curation", "curation", AppRoles.ADVISER),
            new Stop("curation/edit/:slug?", "curation-edit", "curation/edit/okazaki", AppRoles.ADVISER),
            new Stop("curation/review", "curation-review", "curation/review", AppRoles.ADVISER),
            new Stop("curation/history/:slug", "curation-history", "curation/history/okazaki", AppRoles.ADVISER),
            new Stop("curation/import", "curation-import", "curation/import", AppRoles.ADVISER),
            new Stop("account/password", "account-password", "account/password", AppRoles.STAFF),
            new Stop("account/tokens", "account-tokens", "account/tokens", AppRoles.ADVISER),
            new Stop("search/synonyms", "search-synonyms", "search/synonyms", AppRoles.ADVISER),
            new Stop("admin/users", "admin-users", "admin/users", AppRoles.ADMIN),
            new Stop("admin/audit", "admin-audit", "admin/audit", AppRoles.ADMIN),
            new Stop("admin/search-index", "admin-search-index", "admin/search-index", AppRoles.ADMIN),
            new Stop("scenarios", "scenarios", "scenarios", ANONYMOUS),
            new Stop("scenarios/:slug", "scenario", "scenarios/scenario-disability-consultation", ANONYMOUS),
            new Stop("playbooks", "playbooks", "playbooks", ANONYMOUS),
            new Stop("playbooks/:slug", "playbook", "playbooks/playbook-path-to-council", ANONYMOUS),
            new Stop("workshops/groups", "workshop-groups", "workshops/groups/{session}", AppRoles.FACILITATOR),
            new Stop("workshops/overview", "workshop-overview", "workshops/overview/{session}", AppRoles.FACILITATOR),
            new Stop("workshops/record", "workshop-record", "workshops/record/{session}", AppRoles.FACILITATOR),
            new Stop("sheet/group", "sheet-group", "sheet/group", PARTICIPANT),
            new Stop("formation", "formation", "formation", ANONYMOUS),
            new Stop("formation", "formation-nagano", "formation/200000", ANONYMOUS),
            new Stop("formation/municipality", "formation-municipality", "formation/municipality/202011", AppRoles.ADVISER),
            new Stop("formation/import", "formation-import", "formation/import", AppRoles.ADVISER),
            new Stop("formation/run", "formation-run", "formation/run/{run}", AppRoles.FACILITATOR),
            // an address that is no page: the 404 page, for anonymous visitors too (not the login page)
            new Stop(NOT_A_ROUTE, "not-found", "no-such-page", ANONYMOUS),
            new Stop(NOT_A_ROUTE, "not-found-article", "library/no-such-slug", ANONYMOUS));

    @Autowired
    UserService users;
    @Autowired
    WorkshopService workshops;

    @Autowired
    jp.banso.formation.PlaybookRunService runs;

    private WorkshopSession session;
    private long run;

    @Test
    void the_walk_knows_every_route_of_the_app() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        scanner.findCandidateComponents("jp.banso").forEach(bean -> {
            try {
                routes.add(Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        Set<String> walked = new TreeSet<>(PLAN.stream().map(Stop::route).filter(r -> !r.equals(NOT_A_ROUTE)).toList());
        assertThat(walked).as("routes of the app that RouteWalkIT.PLAN does not open").containsAll(routes);
        assertThat(routes).as("PLAN names routes the app does not have").containsAll(walked);
    }

    @Test
    void every_route_fits_a_desktop_screen_and_passes_axe() throws Exception {
        walk(1366, 900);
    }

    @Test
    void every_route_fits_a_phone_and_passes_axe() throws Exception {
        walk(390, 844);
    }

    private void walk(int width, int height) throws Exception {
        prepare();
        Map<String, WebDriver> browsers = new LinkedHashMap<>();
        Function<String, WebDriver> browserFor = who -> browsers.computeIfAbsent(who, w -> {
            WebDriver d = newBrowser(width, height);
            signIn(d, w);
            return d;
        });
        List<String> problems = new ArrayList<>();
        for (Stop stop : PLAN) {
            WebDriver d = browserFor.apply(stop.who());
            String path = stop.path().replace("{session}", Long.toString(session.id())).replace("{run}", Long.toString(run)).replace("{code}", session.joinCode());
            open(d, path);
            Thread.sleep(300); // let lazy parts (grids, previews) render before measuring
            waitForVaadin(d);
            String label = width + "-" + stop.name();
            screenshot(d, "walk-" + label);
            if (stop.name().equals("formation-run")) {
                js(d, "document.querySelector('.formation-files').scrollIntoView({block: 'center'})");
                screenshot(d, "walk-" + label + "-files");
            }
            if (d.getCurrentUrl().contains("/login") && !stop.path().startsWith("login")) {
                problems.add(label + ": ended on the login page (" + d.getCurrentUrl() + ")");
                continue;
            }
            if (stop.route().equals(NOT_A_ROUTE) && d.findElements(css("vaadin-app-layout main.error-view h1")).isEmpty()) {
                problems.add(label + ": no 404 page in the app's shell");
            }
            // Vaadin's upload brings English of its own ("Upload File...", "Drop file here") unless translated
            String uploads = (String) js(d, "return [...document.querySelectorAll('vaadin-upload')]"
                    + ".map(u => u.shadowRoot.textContent + u.textContent).join(' ')");
            if (uploads.contains("Upload File") || uploads.contains("Drop file")) {
                problems.add(label + ": an upload in English");
            }
            String lang = (String) js(d, "return document.documentElement.lang || ''");
            if (!lang.startsWith("ja")) {
                problems.add(label + ": <html lang> is '" + lang + "', not Japanese");
            }
            long overflow = ((Number) js(d, "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            if (overflow > 0) {
                problems.add(label + ": horizontal overflow of " + overflow + " px");
            }
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) js(d, OUTSIDE_VIEWPORT);
            if (!outside.isEmpty()) {
                problems.add(label + ": interactive elements outside the viewport: " + outside);
            }
            Results axe = new AxeBuilder().withTags(AXE_TAGS).analyze(d);
            for (Rule v : axe.getViolations()) {
                if ("critical".equals(v.getImpact()) || "serious".equals(v.getImpact())) {
                    problems.add(label + ": axe " + v.getImpact() + " " + v.getId() + " (" + v.getHelp() + ") at "
                            + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        assertThat(problems).as("problems a real browser shows").isEmpty();
    }

    /**
     * Interactive elements a person can't reach because they sit beside the screen. Elements in a closed
     * navigation drawer, in a horizontally scrolling container (wide tables, a grid that scrolls sideways) or not rendered are not counted.
     */
    static final String OUTSIDE_VIEWPORT = """
            const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"]),'
              + ' vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-select, vaadin-combo-box,'
              + ' vaadin-checkbox, vaadin-upload, vaadin-date-picker, vaadin-date-time-picker, vaadin-integer-field,'
              + ' vaadin-side-nav-item, vaadin-drawer-toggle, vaadin-menu-bar, vaadin-tab, vaadin-details-summary';
            const w = document.documentElement.clientWidth;
            const layout = document.querySelector('vaadin-app-layout');
            const drawerClosed = layout && !layout.hasAttribute('drawer-opened');
            const scrolls = el => {
              const grid = el.closest('vaadin-grid');
              if (grid && grid.$ && grid.$.table && grid.$.table.scrollWidth > grid.$.table.clientWidth) return true;
              for (let p = el.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true; }
              return false; };
            const out = [];
            for (const el of document.querySelectorAll(sel)) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
              if (drawerClosed && el.closest('[slot="drawer"]')) continue;
              if (r.left >= -1 && r.right <= w + 1) continue;
              if (scrolls(el)) continue;
              out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '[' + Math.round(r.left) + '..' + Math.round(r.right) + '] '
                + (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30));
            }
            return out;""";

    private void prepare() {
        if (session != null) {
            return;
        }
        var auth = List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("walk-setup", null, auth));
        try {
            for (String role : List.of(AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF)) {
                String name = userFor(role);
                if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
                    users.createUser(new NewUser(name, "巡回 " + role, PASSWORD, Set.of(role)));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        // the session belongs to the facilitator who walks its pages
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(userFor(AppRoles.FACILITATOR), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
        try {
            session = workshops.createSession(new SessionDraft("画面巡回 意見交換会", SessionKind.EXCHANGE,
                    LocalDateTime.now().plusMinutes(30), "市役所 大会議室", false, "焼津市", 0, 3));
            workshops.addAgendaItem(session.id(), new AgendaItemDraft("グループワーク", 40, AgendaKind.GROUP_WORK, null));
            run = runs.start("playbook-hatsukaichi-founding", "222127").id();
            // a document with a long name on the first step: the list must fit a phone
            runs.attach(run, runs.run(run).orElseThrow().steps().get(0).id(),
                    "第1回意見交換会_課題シート集計_地域包括支援センター・社会福祉協議会回答分.pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String userFor(String role) {
        return "walk-" + role.toLowerCase(java.util.Locale.ROOT);
    }

    private void signIn(WebDriver d, String who) {
        if (ANONYMOUS.equals(who)) {
            return;
        }
        if (PARTICIPANT.equals(who)) {
            open(d, "join/" + session.joinCode());
            waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("#join-name input"))).sendKeys("巡回 参加者");
            d.findElements(css("#join-affiliation vaadin-radio-button")).get(0).findElement(css("input")).click();
            d.findElement(css("#join-submit")).click();
            waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("#add-row")));
            return;
        }
        // a login checks a BCrypt hash and the first page follows: on a busy machine that can take long, and a
        // press of Enter that reached the form before it was ready is lost; so wait long, and try a second time
        for (int attempt = 0; attempt < 2 && (attempt == 0 || d.getCurrentUrl().contains("login")); attempt++) {
            open(d, "login");
            waitFor(d).until(ExpectedConditions.presenceOfElementLocated(css("input[name='username']"))).sendKeys(userFor(who));
            d.findElement(css("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(60))
                        .until(x -> !x.getCurrentUrl().contains("login"));
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 1) {
                    throw e;
                }
            }
        }
        waitForVaadin(d);
    }
}
