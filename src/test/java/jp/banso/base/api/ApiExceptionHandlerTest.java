package jp.banso.base.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one case no real endpoint can be made to show on demand: a controller failing unexpectedly. Its answer
 * is a 500 in the API's format, with an error id to quote and nothing of the cause.
 */
class ApiExceptionHandlerTest {

    @RestController
    static class Failing {
        @GetMapping("/api/failing")
        String fail() {
            throw new IllegalStateException("jdbc:mariadb://db password=secret");
        }
    }

    @Test
    void an_unexpected_failure_is_a_json_500_with_an_error_id_and_without_the_cause() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiExceptionHandler()).build();
        mvc.perform(get("/api/failing"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.error").value("Internal Server Error"))
                .andExpect(jsonPath("$.message", matchesPattern(".*サーバーで問題が起きました.*エラー番号 [0-9a-f]{8}.*")))
                .andExpect(content().string(allOf(not(containsString("secret")), not(containsString("IllegalState")),
                        not(containsString("mariadb")))));
    }
}
