package jp.banso.library.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ArticleControllerTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_lists_the_published_articles_with_metadata_and_slug() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(8)))
                .andExpect(jsonPath("$[*].slug", hasItem("okazaki")))
                .andExpect(jsonPath("$[*].prefecture", hasItem("愛知県")))
                .andExpect(jsonPath("$[0].themes").isArray())
                .andExpect(jsonPath("$[0].sections").doesNotExist());
    }

    @Test
    void the_list_can_be_filtered() throws Exception {
        mvc.perform(get("/api/articles").param("prefecture", "静岡県"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].prefecture", everyItem(is("静岡県"))))
                .andExpect(jsonPath("$[*].slug", hasItem("yaizu")));
        mvc.perform(get("/api/articles").param("prefecture", "静岡県").param("kind", "case"))
                .andExpect(jsonPath("$[*].slug", everyItem(is("yaizu"))));
        mvc.perform(get("/api/articles").param("kind", "plan"))
                .andExpect(jsonPath("$[*].kind", everyItem(is("plan"))));
    }

    @Test
    void an_article_comes_with_every_section_title_and_plain_text() throws Exception {
        mvc.perform(get("/api/articles/yaizu"))
                .andExpect(status().isOk())
                .andExpect(content().encoding("UTF-8"))
                .andExpect(jsonPath("$.slug", is("yaizu")))
                .andExpect(jsonPath("$.prefecture", is("静岡県")))
                .andExpect(jsonPath("$.sections.length()", greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$.sections[*].title", hasItem("今後の方向性")))
                .andExpect(jsonPath("$.sections[*].text", hasItem(containsString("何があったらもっと良い解決方法になったか"))))
                .andExpect(jsonPath("$.sections[0].url", containsString("/library/yaizu#")))
                .andExpect(jsonPath("$.sections[*].text", everyItem(not(containsString("**")))));
    }

    @Test
    void unknown_articles_are_404_and_bad_parameters_400() throws Exception {
        mvc.perform(get("/api/articles/no-such-article")).andExpect(status().isNotFound());
        mvc.perform(get("/api/articles/%E2%80%AE%3Cscript%3E")).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/articles").param("kind", "poem")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/articles").param("sort", "DROP TABLE")).andExpect(status().isBadRequest());
    }

    @Test
    void the_api_is_read_only_for_anonymous_callers() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
