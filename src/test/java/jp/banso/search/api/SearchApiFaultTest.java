package jp.banso.search.api;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.banso.search.SearchService;
import jp.banso.search.SearchServiceAccess;
import jp.banso.search.internal.JapaneseAnalysis;
import jp.banso.search.internal.LuceneIndex;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** /api/search on an index being rebuilt: a 503 in JSON with a Japanese message, no redirect, no exception text. */
class SearchApiFaultTest {

    @Test
    void an_index_being_rebuilt_answers_json_503_in_japanese() throws Exception {
        try (LuceneIndex index = LuceneIndex.inMemory(new JapaneseAnalysis())) {
            SearchService service = SearchServiceAccess.create(index);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new SearchController(service)).build();
            mvc.perform(get("/api/search").param("q", "空き家"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().doesNotExist("Location"))
                    .andExpect(jsonPath("$.status", is(503)))
                    .andExpect(jsonPath("$.message", containsString("索引を作り直しています")))
                    .andExpect(jsonPath("$.message", not(containsString("Exception"))));
        }
    }
}
