package jp.banso.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class SearchControllerTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void a_question_returns_articles_with_a_marked_safe_snippet_and_facets() throws Exception {
        MvcResult r = mvc.perform(get("/api/search").param("q", "岡崎市の令和元年度の相談件数"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.hits[0].slug", is("okazaki")))
                .andExpect(jsonPath("$.hits[0].anchor").isString())
                .andExpect(jsonPath("$.hits[0].url", containsString("/library/okazaki#")))
                .andExpect(jsonPath("$.hits[0].municipalities[0]", is("岡崎市")))
                .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>")))
                .andExpect(jsonPath("$.facets.prefecture").isArray())
                .andExpect(jsonPath("$.facets.kind").isArray())
                .andReturn();
        JsonNode body = json.readTree(r.getResponse().getContentAsByteArray());
        for (JsonNode hit : body.get("hits")) {
            String withoutMarks = hit.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).doesNotContain("<", ">");
        }
    }

    @Test
    void filters_and_paging_are_parameters() throws Exception {
        mvc.perform(get("/api/search").param("q", "意見交換会").param("prefecture", "静岡県").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits.length()", is(1)))
                .andExpect(jsonPath("$.hits[0].prefecture", is("静岡県")));
        mvc.perform(get("/api/search").param("q", "意見交換会").param("kind", "plan"))
                .andExpect(status().isOk());
    }

    @Test
    void bad_input_gets_400_with_a_japanese_message() throws Exception {
        mvc.perform(get("/api/search")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", is("検索語を入力してください。")))
                .andExpect(jsonPath("$.detail", containsString("empty")));
        mvc.perform(get("/api/search").param("q", "あ".repeat(10_000))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", is("検索語は200文字以内で入力してください。")));
        mvc.perform(get("/api/search").param("q", "空き家").param("limit", "abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("limit")))
                .andExpect(jsonPath("$.message", containsString("整数")));
        mvc.perform(get("/api/search").param("q", "空き家").param("limit", "100000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "空き家").param("offset", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "空き家").param("kind", "poem")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "\u0000\u0007\u202e")).andExpect(status().isBadRequest());
    }

    @Test
    void lucene_syntax_is_just_text() throws Exception {
        for (String q : List.of("AND(((", "title:(*", "*:*", "\"unterminated", "a~2^3 OR NOT", "[1 TO *]", "\\", "/re.*/")) {
            mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk());
        }
    }

    @Test
    void every_naughty_string_gets_a_result_or_a_400_never_a_500() throws Exception {
        List<String> strings = new ArrayList<>(jp.banso.search.NaughtyQueries.blns());
        strings.addAll(jp.banso.search.NaughtyQueries.issue14());
        List<String> bad = new ArrayList<>();
        for (String s : strings) {
            for (String param : List.of("q", "prefecture")) {
                var req = get("/api/search").param("q", param.equals("q") ? s : "居住支援");
                if (param.equals("prefecture")) {
                    req = req.param("prefecture", s);
                }
                int code = mvc.perform(req).andReturn().getResponse().getStatus();
                if (code != 200 && code != 400) {
                    bad.add(code + " " + param + "=" + s);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void suggestions_are_json_strings() throws Exception {
        mvc.perform(get("/api/search/suggest").param("q", "岡崎"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]", containsString("岡崎")));
    }
}
