package jp.banso.curation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.banso.IntegrationTest;
import jp.banso.library.ArticleDocument;
import jp.banso.curation.ArticleEditingService;
import jp.banso.library.ArticleService;
import jp.banso.security.ApiTokenService;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

class ArticleEditingControllerTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    ArticleEditingService editing;
    @Autowired
    ArticleService library;

    static final String JSON = """
            {"slug":"%s","title":"APIで作った記事","kind":"case","prefecture":"静岡県","municipalities":["焼津市"],
             "fiscalYear":2024,"themes":["相談体制"],"targetGroups":[],"supportTeam":[],"summary":"API",
             "sections":[{"anchor":"status","title":"取組状況","markdown":"窓口を開いた。"}]}""";

    /** A real user (the token filter loads roles from the database) and a token created the way the UI does. */
    private String tokenFor(String username, String role) {
        as("admin", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
            users.createUser(new NewUser(username, username, "a long enough password", Set.of(role)));
        }
        as(username, role.equals(AppRoles.ADVISER) ? AppRoles.ADVISER : AppRoles.ADMIN);
        String token = tokens.create("script");
        SecurityContextHolder.clearContext();
        return token;
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_adviser_with_a_token_creates_a_draft_from_json_and_from_markdown() throws Exception {
        String token = tokenFor("api.adviser", AppRoles.ADVISER);
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("api-json")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value("api-json"))
                .andExpect(jsonPath("$.state").value("DRAFT"));
        String md = editing.exportPublished("yaizu").orElseThrow().replace("slug: yaizu", "slug: api-markdown");
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                        .contentType("text/markdown;charset=UTF-8").content(md.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        assertThat(library.findPublished("api-json")).isEmpty(); // a draft, waiting for review
        as("api.adviser", AppRoles.ADVISER);
        assertThat(editing.open("api-json").head().author()).isEqualTo("api.adviser");
        assertThat(editing.open("api-markdown").head().document().sections())
                .isEqualTo(ArticleDocument.parse(editing.exportPublished("yaizu").orElseThrow()).sections());
    }

    @Test
    void anonymous_writes_get_401_and_bad_or_revoked_tokens_too() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("api-anon")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/articles").header("Authorization", "Bearer bns_not-a-real-token")
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("api-bad")))
                .andExpect(status().isUnauthorized());
        String token = tokenFor("api.revoked", AppRoles.ADVISER);
        as("api.revoked", AppRoles.ADVISER);
        tokens.revoke(tokens.myTokens().get(0).id());
        SecurityContextHolder.clearContext();
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("api-revoked")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_facilitator_with_a_valid_session_cannot_write() throws Exception {
        mvc.perform(post("/api/articles").with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user("api.fac").roles(AppRoles.FACILITATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("api-fac")))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalid_articles_get_400_with_every_problem() throws Exception {
        String token = tokenFor("api.adviser2", AppRoles.ADVISER);
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"Bad Slug\",\"title\":\"\",\"kind\":\"poem\",\"sections\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems", hasItem(startsWith("kind"))));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.formatted("yaizu")))
                .andExpect(status().isConflict());
    }

    @Test
    void the_export_is_the_content_format_front_matter_first_in_utf8() throws Exception {
        String body = mvc.perform(get("/api/articles/okazaki/export.md"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(header().string("Content-Type", containsString("UTF-8")))
                .andExpect(header().string("Content-Disposition", containsString("okazaki.md")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("---\nslug: okazaki\n");
        ArticleDocument doc = ArticleDocument.parse(body);
        assertThat(doc.meta().prefecture()).isEqualTo("愛知県");
        assertThat(doc.sections()).isEqualTo(library.findPublished("okazaki").orElseThrow().sections());
        mvc.perform(get("/api/articles/no-such/export.md")).andExpect(status().isNotFound());
    }
}
