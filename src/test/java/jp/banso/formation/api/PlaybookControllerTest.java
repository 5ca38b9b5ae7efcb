package jp.banso.formation.api;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class PlaybookControllerTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_lists_the_playbooks_with_slug_title_and_number_of_steps() throws Exception {
        int steps;
        try (var in = getClass().getResourceAsStream("/content/playbooks/playbook-hatsukaichi-founding.md")) {
            // the step headings of the shipped file, so a step added to the content does not break the count
            steps = (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("## ") && l.contains("{#step-")).count();
        }
        org.assertj.core.api.Assertions.assertThat(steps).isGreaterThanOrEqualTo(4);
        mvc.perform(get("/api/playbooks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem("playbook-hatsukaichi-founding")))
                .andExpect(jsonPath("$[*].slug", not(hasItem("okazaki"))))
                .andExpect(jsonPath("$[?(@.slug == 'playbook-hatsukaichi-founding')].stepCount", hasItem(steps)))
                .andExpect(jsonPath("$[0].steps").doesNotExist());
    }

    @Test
    void a_playbook_comes_with_its_steps() throws Exception {
        mvc.perform(get("/api/playbooks/playbook-hatsukaichi-founding"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()", greaterThanOrEqualTo(4)))
                .andExpect(jsonPath("$.steps[2].anchor", is("step-3")))
                .andExpect(jsonPath("$.steps[2].scenarioSlug", is("scenario-disability-consultation")))
                .andExpect(jsonPath("$.steps[2].evidence[0]", is("/library/hiroshima-hatsukaichi#activities-3")))
                .andExpect(jsonPath("$.steps[0].scenarioSlug").doesNotExist())
                .andExpect(jsonPath("$.steps[0].participants", hasItem("有識者（講師）")));
    }

    @Test
    void unknown_slugs_and_articles_of_other_kinds_are_404() throws Exception {
        mvc.perform(get("/api/playbooks/no-such-playbook")).andExpect(status().isNotFound());
        mvc.perform(get("/api/playbooks/okazaki")).andExpect(status().isNotFound());
        mvc.perform(get("/api/playbooks/scenario-disability-consultation")).andExpect(status().isNotFound());
    }
}
