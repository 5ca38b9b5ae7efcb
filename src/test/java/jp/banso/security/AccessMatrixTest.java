package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.banso.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access-control matrix of docs/access-control.md, walked completely: every Vaadin route and every REST
 * endpoint, found by asking the running app (so routes and endpoints added later are covered), times every
 * role and anonymous. A route or endpoint without an entry in the tables below fails the test.
 */
class AccessMatrixTest extends KaribuTest {

    static final String ANON = "ANONYMOUS";
    static final List<String> WHO = List.of(AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF, ANON);
    static final Set<String> EVERYONE = Set.copyOf(WHO);
    static final Set<String> LOGGED_IN = Set.of(AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF);
    static final Set<String> CURATORS = Set.of(AppRoles.ADMIN, AppRoles.ADVISER);
    static final Set<String> ADMIN_ONLY = Set.of(AppRoles.ADMIN);
    static final Set<String> FACILITATORS = Set.of(AppRoles.ADMIN, AppRoles.FACILITATOR);
    static final Set<String> FORMATION_EDITORS = Set.of(AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR);
    /** Roles do not open a participant's sheet: without a participant token everyone is sent to /join. */
    static final Set<String> NOBODY_WITHOUT_TOKEN = Set.of();

    record RouteRule(String samplePath, Set<String> allowed) {
    }

    /** Route template → a path to open and who may see the view. */
    static final Map<String, RouteRule> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", new RouteRule("", EVERYONE));
        ROUTES.put("library", new RouteRule("library", EVERYONE));
        ROUTES.put("library/:slug", new RouteRule("library/okazaki", EVERYONE));
        ROUTES.put("login", new RouteRule("login", EVERYONE));
        ROUTES.put("accessibility", new RouteRule("accessibility", EVERYONE));
        ROUTES.put("admin/users", new RouteRule("admin/users", ADMIN_ONLY));
        ROUTES.put("admin/audit", new RouteRule("admin/audit", ADMIN_ONLY));
        ROUTES.put("account/password", new RouteRule("account/password", LOGGED_IN));
        ROUTES.put("account/tokens", new RouteRule("account/tokens", CURATORS));
        ROUTES.put("curation", new RouteRule("curation", CURATORS));
        ROUTES.put("curation/review", new RouteRule("curation/review", CURATORS));
        ROUTES.put("curation/import", new RouteRule("curation/import", CURATORS));
        ROUTES.put("curation/edit/:slug?", new RouteRule("curation/edit/okazaki", CURATORS));
        ROUTES.put("curation/history/:slug", new RouteRule("curation/history/okazaki", CURATORS));
        ROUTES.put("search", new RouteRule("search", EVERYONE));
        ROUTES.put("scenarios", new RouteRule("scenarios", EVERYONE));
        ROUTES.put("scenarios/:slug", new RouteRule("scenarios/scenario-disability-consultation", EVERYONE));
        ROUTES.put("playbooks", new RouteRule("playbooks", EVERYONE));
        ROUTES.put("playbooks/:slug", new RouteRule("playbooks/playbook-path-to-council", EVERYONE));
        ROUTES.put("workshops", new RouteRule("workshops", FACILITATORS));
        // {session} is replaced by a session created for the test (an unknown id shows "not found" to everyone)
        ROUTES.put("workshops/session/:___url_parameter(^[+-]?[0-9]{1,19}$)",
                new RouteRule("workshops/session/{session}", FACILITATORS));
        ROUTES.put("workshops/board/:___url_parameter(^[+-]?[0-9]{1,19}$)",
                new RouteRule("workshops/board/{session}", FACILITATORS));
        // group work: the facilitator's groups page and room overview (owners act; other facilitators are refused there)
        ROUTES.put("workshops/groups/:___url_parameter(^[+-]?[0-9]{1,19}$)",
                new RouteRule("workshops/groups/{session}", FACILITATORS));
        ROUTES.put("workshops/overview/:___url_parameter(^[+-]?[0-9]{1,19}$)",
                new RouteRule("workshops/overview/{session}", FACILITATORS));
        ROUTES.put("workshops/record/:___url_parameter(^[+-]?[0-9]{1,19}$)",
                new RouteRule("workshops/record/{session}", FACILITATORS));
        // participants have no account: joining is open to all, the sheet needs a participant token (cookie)
        ROUTES.put("join/:___url_parameter?", new RouteRule("join", EVERYONE));
        ROUTES.put("join/return/:___url_parameter", new RouteRule("join/return/not-a-token", EVERYONE));
        ROUTES.put("sheet", new RouteRule("sheet", NOBODY_WITHOUT_TOKEN));
        // a participant's own group only: the token names the participant, the service their one group
        ROUTES.put("sheet/group", new RouteRule("sheet/group", NOBODY_WITHOUT_TOKEN));
        ROUTES.put("sheet/print", new RouteRule("sheet/print", EVERYONE));
        ROUTES.put("search/synonyms", new RouteRule("search/synonyms", CURATORS));
        ROUTES.put("admin/search-index", new RouteRule("admin/search-index", ADMIN_ONLY));
        // the formation dashboard is public and read-only; stages are recorded by advisers and facilitators
        ROUTES.put("formation", new RouteRule("formation", EVERYONE));
        ROUTES.put("formation/:___url_parameter", new RouteRule("formation/200000", EVERYONE));
        ROUTES.put("formation/municipality/:___url_parameter", new RouteRule("formation/municipality/202011", EVERYONE));
        ROUTES.put("formation/import", new RouteRule("formation/import", FORMATION_EDITORS));
        // {run} is replaced by a playbook run started for the test
        ROUTES.put("formation/run/:___url_parameter(^[+-]?[0-9]{1,19}$)", new RouteRule("formation/run/{run}", LOGGED_IN));
    }

    record ApiRule(Supplier<MockHttpServletRequestBuilder> request, Set<String> allowed) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** "METHOD pattern" → a request to send and who may make it. */
    static final Map<String, ApiRule> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("GET /api/articles", new ApiRule(() -> request(HttpMethod.GET, "/api/articles"), EVERYONE));
        ENDPOINTS.put("GET /api/articles/{slug}", new ApiRule(() -> request(HttpMethod.GET, "/api/articles/okazaki"), EVERYONE));
        ENDPOINTS.put("GET /api/articles/{slug}/export.md",
                new ApiRule(() -> request(HttpMethod.GET, "/api/articles/okazaki/export.md"), EVERYONE));
        ENDPOINTS.put("GET /api/articles/{slug}/attachments/{name}",
                // no such attachment: everyone gets 404, never 401/403 (published articles' files are public)
                new ApiRule(() -> request(HttpMethod.GET, "/api/articles/okazaki/attachments/0123456789abcdef0123456789abcdef"),
                        EVERYONE));
        // JSON from this origin, as the app's own pages send it (a cookie write without it needs the CSRF token)
        ENDPOINTS.put("POST /api/articles", new ApiRule(() -> request(HttpMethod.POST, "/api/articles")
                .header("Origin", "http://localhost")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"slug":"matrix-%d","title":"権限表","kind":"case","prefecture":"静岡県","municipalities":[],
                         "themes":[],"targetGroups":[],"supportTeam":[],"summary":"",
                         "sections":[{"anchor":"a","title":"見出し","markdown":"本文"}]}""".formatted(SEQ.incrementAndGet())),
                CURATORS));
        ENDPOINTS.put("GET /api/search", new ApiRule(() -> request(HttpMethod.GET, "/api/search?q=%E7%9B%B8%E8%AB%87"), EVERYONE));
        ENDPOINTS.put("GET /api/search/suggest",
                new ApiRule(() -> request(HttpMethod.GET, "/api/search/suggest?q=%E7%9B%B8"), EVERYONE));
        ENDPOINTS.put("GET /api/scenarios", new ApiRule(() -> request(HttpMethod.GET, "/api/scenarios"), EVERYONE));
        ENDPOINTS.put("GET /api/scenarios/{slug}",
                new ApiRule(() -> request(HttpMethod.GET, "/api/scenarios/scenario-disability-consultation"), EVERYONE));
        ENDPOINTS.put("GET /api/playbooks", new ApiRule(() -> request(HttpMethod.GET, "/api/playbooks"), EVERYONE));
        ENDPOINTS.put("GET /api/playbooks/{slug}",
                new ApiRule(() -> request(HttpMethod.GET, "/api/playbooks/playbook-hatsukaichi-founding"), EVERYONE));
        ENDPOINTS.put("GET /api/formation/prefectures",
                new ApiRule(() -> request(HttpMethod.GET, "/api/formation/prefectures"), EVERYONE));
        ENDPOINTS.put("GET /api/formation/prefectures/{code}",
                new ApiRule(() -> request(HttpMethod.GET, "/api/formation/prefectures/200000"), EVERYONE));
        // a run's documents: every signed-in user reads runs; no such document gives them 404, anonymous 401
        ENDPOINTS.put("GET /api/formation/runs/{run}/attachments/{name}",
                new ApiRule(() -> request(HttpMethod.GET, "/api/formation/runs/1/attachments/0123456789abcdef0123456789abcdef"),
                        LOGGED_IN));
        // Spring Boot's error page: shown to everyone, runs no feature code
        ENDPOINTS.put("ANY /error", null);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    jp.banso.workshop.WorkshopService workshops;
    @Autowired
    jp.banso.formation.PlaybookRunService runs;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints actuatorEndpoints;

    /**
     * Of Actuator only /actuator/health is served: its status to everyone (a load balancer's or operator's probe),
     * the components with their details (database, embedded server, search index) to an ADMIN only; anything
     * else under /actuator is refused to non-admins and does not exist for admins.
     */
    @Test
    void actuator_serves_only_health_and_only_admins_see_its_components() throws Exception {
        assertThat(actuatorEndpoints.getAllPaths()).containsExactly("/actuator/health");
        for (String who : WHO) {
            var result = mvc.perform(request(HttpMethod.GET, "/actuator/health")
                    .with(who.equals(ANON) ? anonymous() : user("matrix." + who.toLowerCase()).roles(who))).andReturn();
            assertThat(result.getResponse().getStatus()).as(who).isEqualTo(200);
            String body = result.getResponse().getContentAsString();
            if (who.equals(AppRoles.ADMIN)) {
                assertThat(body).contains("\"db\"", "\"embeddedDatabase\"", "\"searchIndex\"", "\"sections\"",
                        "\"rebuilding\"", "\"restarts\"");
            } else {
                assertThat(body).as(who).isEqualTo("{\"status\":\"UP\"}");
            }
        }
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/heapdump")) {
            for (String who : WHO.stream().filter(w -> !w.equals(AppRoles.ADMIN)).toList()) {
                int status = mvc.perform(request(HttpMethod.GET, path)
                        .with(who.equals(ANON) ? anonymous() : user("matrix." + who.toLowerCase()).roles(who)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(who + " " + path).isEqualTo(who.equals(ANON) ? 302 : 403);
            }
            // no Actuator handler: the request falls through to Vaadin's servlet (its "not found" page), which
            // MockMvc cannot run, so it says so by name
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(request(HttpMethod.GET, path)
                            .with(user("matrix.admin").roles(AppRoles.ADMIN))))
                    .as("ADMIN " + path).hasMessageContaining("springServlet");
        }
        // a component's own path is part of health: an admin may read it, nobody else
        for (String who : WHO) {
            int status = mvc.perform(request(HttpMethod.GET, "/actuator/health/db")
                    .with(who.equals(ANON) ? anonymous() : user("matrix." + who.toLowerCase()).roles(who)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(who + " /actuator/health/db")
                    .isEqualTo(who.equals(AppRoles.ADMIN) ? 200 : who.equals(ANON) ? 302 : 403);
        }
    }

    @Test
    void every_route_has_an_entry_and_each_role_sees_exactly_the_views_of_the_matrix() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        Set<String> templates = new TreeSet<>();
        routes.forEach(r -> templates.add(r.getTemplate()));
        assertThat(templates).as("routes without an entry in the access matrix").isSubsetOf(ROUTES.keySet());
        assertThat(ROUTES.keySet()).as("matrix entries for routes that no longer exist").isSubsetOf(templates);

        // the facilitator of the walk owns the session: another facilitator is kept out (see the test below)
        login("matrix." + AppRoles.FACILITATOR.toLowerCase(), AppRoles.FACILITATOR);
        long session = workshops.createSession(new jp.banso.workshop.SessionDraft("権限表の確認会",
                jp.banso.workshop.SessionKind.STUDY, java.time.LocalDateTime.now().plusDays(1), "会議室", false, "焼津市", 3, 3)).id();
        long run = runs.start("playbook-hatsukaichi-founding", "222127").id();
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes) {
            RouteRule rule = ROUTES.get(route.getTemplate());
            for (String who : WHO) {
                if (who.equals(ANON)) {
                    logout();
                } else {
                    login("matrix." + who.toLowerCase(), who);
                }
                UI.getCurrent().navigate(rule.samplePath().replace("{session}", String.valueOf(session))
                        .replace("{run}", String.valueOf(run)));
                Class<?> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
                boolean reached = route.getNavigationTarget().isAssignableFrom(shown);
                if (reached != rule.allowed().contains(who)) {
                    wrong.add(who + " " + (reached ? "reached" : "was kept from") + " /" + rule.samplePath()
                            + " (shown: " + shown.getSimpleName() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Session pages check ownership, not only the role: another facilitator sees "access denied". */
    @Test
    void another_facilitator_is_kept_from_a_session_s_pages_while_owner_and_admin_reach_them() {
        login("matrix.owner", AppRoles.FACILITATOR);
        long session = workshops.createSession(new jp.banso.workshop.SessionDraft("持ち主確認会",
                jp.banso.workshop.SessionKind.STUDY, java.time.LocalDateTime.now().plusDays(1), "会議室", false, "焼津市", 3, 3)).id();
        Map<String, Class<?>> pages = Map.of("workshops/session/" + session, jp.banso.workshop.ui.SessionView.class,
                "workshops/board/" + session, jp.banso.workshop.ui.BoardView.class,
                "workshops/groups/" + session, jp.banso.workshop.ui.GroupsView.class,
                "workshops/overview/" + session, jp.banso.workshop.ui.OverviewView.class,
                "workshops/record/" + session, jp.banso.workshop.ui.RecordView.class);
        List<String> wrong = new ArrayList<>();
        for (String[] who : new String[][] {{"matrix.owner", AppRoles.FACILITATOR, "yes"},
                {"matrix.stranger", AppRoles.FACILITATOR, "no"}, {"matrix.admin", AppRoles.ADMIN, "yes"}}) {
            login(who[0], who[1]);
            for (var page : pages.entrySet()) {
                UI.getCurrent().navigate(page.getKey());
                Class<?> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
                boolean reached = page.getValue().isAssignableFrom(shown);
                boolean denied = shown == jp.banso.base.ui.AccessDeniedView.class;
                if (who[2].equals("yes") ? !reached : !denied) {
                    wrong.add(who[0] + " /" + page.getKey() + " shown: " + shown.getSimpleName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_api_endpoint_has_an_entry_and_each_role_gets_exactly_the_access_of_the_matrix() throws Exception {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> found.add(m + " " + pattern));
            }
        }
        assertThat(found).as("endpoints without an entry in the access matrix").isSubsetOf(ENDPOINTS.keySet());
        assertThat(ENDPOINTS.keySet()).as("matrix entries for endpoints that no longer exist").isSubsetOf(found);

        List<String> wrong = new ArrayList<>();
        for (String endpoint : found) {
            ApiRule rule = ENDPOINTS.get(endpoint);
            if (rule == null) {
                continue;
            }
            for (String who : WHO) {
                MockHttpServletRequestBuilder req = rule.request().get()
                        .with(who.equals(ANON) ? anonymous() : user("matrix." + who.toLowerCase()).roles(who));
                var response = mvc.perform(req).andReturn().getResponse();
                int status = response.getStatus();
                boolean allowed = rule.allowed().contains(who);
                boolean ok = allowed ? status != 401 && status != 403 && status < 500
                        : status == (who.equals(ANON) ? 401 : 403);
                // a login asked for is the API's JSON error in Japanese (403 bodies come from the error page: ErrorResponsesIT)
                if (status == 401 && !response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                        .matches("(?s)\\{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"[^\"]*ログイン.*")) {
                    wrong.add(who + " " + endpoint + " → 401 without the JSON error: " + response.getContentAsString());
                }
                if (!ok) {
                    wrong.add(who + " " + endpoint + " → " + status + " (expected " + (allowed ? "access" : "refusal") + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
