package jp.banso.scenario.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class ScenarioControllerTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_lists_the_published_scenarios_with_worksheet_minutes_and_source() throws Exception {
        mvc.perform(get("/api/scenarios"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$[*].slug", hasItem("scenario-disability-consultation")))
                .andExpect(jsonPath("$[*].slug", not(hasItem("okazaki"))))
                .andExpect(jsonPath("$[*].source", everyItem(startsWith("/library/"))))
                .andExpect(jsonPath("$[?(@.slug == 'scenario-disability-consultation')].worksheet", hasItem("support-matrix")))
                .andExpect(jsonPath("$[?(@.slug == 'scenario-disability-consultation')].minutes", hasItem(60)));
    }

    @Test
    void a_scenario_comes_with_vignette_questions_roles_and_timing() throws Exception {
        mvc.perform(get("/api/scenarios/scenario-disability-consultation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vignette", startsWith("**演習用の架空の事例**")))
                .andExpect(jsonPath("$.source", is("/library/hiroshima-hatsukaichi#activities-3")))
                .andExpect(jsonPath("$.roles", hasItem("居住支援法人")))
                .andExpect(jsonPath("$.questions.length()", is(4)))
                .andExpect(jsonPath("$.timing.length()", is(3)));
    }

    @Test
    void unknown_slugs_and_articles_of_other_kinds_are_404() throws Exception {
        mvc.perform(get("/api/scenarios/no-such-scenario")).andExpect(status().isNotFound());
        mvc.perform(get("/api/scenarios/okazaki")).andExpect(status().isNotFound());
        mvc.perform(get("/api/scenarios/playbook-hatsukaichi-founding")).andExpect(status().isNotFound());
    }
}
