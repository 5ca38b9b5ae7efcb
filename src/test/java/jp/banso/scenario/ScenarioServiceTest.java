package jp.banso.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.banso.IntegrationTest;
import jp.banso.library.ArticleDocument;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.ArticleRevision;
import jp.banso.library.KindRules;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ScenarioServiceTest extends IntegrationTest {

    static final String SHIPPED = "scenario-disability-consultation";

    @Autowired
    ScenarioService scenarios;
    @Autowired
    ArticleEditingService editing;
    @Autowired
    JdbcClient jdbc;

    static String shippedFile(String slug) throws IOException {
        return new ClassPathResource("content/scenarios/" + slug + ".md").getContentAsString(StandardCharsets.UTF_8);
    }

    static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        jdbc.sql("DELETE FROM article WHERE slug = 'zz-scenario-draft'").update();
    }

    @Test
    void a_shipped_scenario_is_read_with_its_vignette_questions_roles_worksheet_timing_and_source() {
        Scenario s = scenarios.findPublished(SHIPPED).orElseThrow();
        assertThat(s.vignette()).startsWith("**" + KindRules.FICTION_LABEL + "**");
        assertThat(s.source()).isEqualTo("/library/hiroshima-hatsukaichi#activities-3");
        assertThat(s.sourceTitle()).contains("意見交換会（第2回）");
        assertThat(s.questions()).hasSize(4).allSatisfy(q -> assertThat(q).doesNotContain("**"));
        assertThat(s.roles()).contains("住宅部局", "不動産関係団体", "居住支援法人", "社会福祉協議会");
        assertThat(s.worksheet()).isEqualTo("support-matrix");
        assertThat(s.timing()).containsExactly("事例を読み、一人で考える 10分", "グループ討議（マトリクスを埋める） 30分", "発表と講評 20分");
        assertThat(s.minutes()).isEqualTo(60);
        assertThat(scenarios.listPublished()).contains(s.toSummary());
    }

    @Test
    void every_published_scenario_says_it_is_fiction_and_names_a_worksheet_and_roles() {
        List<ScenarioSummary> all = scenarios.listPublished();
        assertThat(all).isNotEmpty();
        for (ScenarioSummary summary : all) {
            Scenario s = scenarios.findPublished(summary.slug()).orElseThrow();
            assertThat(s.vignette()).as(s.slug()).contains(KindRules.FICTION_LABEL);
            assertThat(s.roles()).as(s.slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(s.questions()).as(s.slug()).isNotEmpty();
            assertThat(KindRules.WORKSHEETS).as(s.slug()).contains(s.worksheet());
            assertThat(s.minutes()).as(s.slug()).isPositive();
        }
    }

    @Test
    void cases_and_unknown_slugs_are_not_scenarios() {
        assertThat(scenarios.findPublished("okazaki")).isEmpty();
        assertThat(scenarios.findPublished("no-such-scenario")).isEmpty();
        assertThat(scenarios.findPublished("../etc")).isEmpty();
        assertThat(scenarios.listPublished()).extracting(ScenarioSummary::slug).doesNotContain("okazaki", "yaizu");
    }

    @Test
    void an_adviser_drafts_a_scenario_in_the_editor_and_readers_see_it_only_after_another_adviser_publishes_it()
            throws IOException {
        String file = shippedFile(SHIPPED).replace("slug: " + SHIPPED, "slug: zz-scenario-draft")
                .replace("Aさん（40代・男性）", "Bさん（30代・女性）");
        as("adviser.one", AppRoles.ADVISER);
        ArticleRevision v1 = editing.createDraft(ArticleDocument.parse(file), "演習を追加");
        SecurityContextHolder.clearContext();
        assertThat(scenarios.findPublished("zz-scenario-draft")).isEmpty();
        assertThat(scenarios.listPublished()).extracting(ScenarioSummary::slug).doesNotContain("zz-scenario-draft");

        as("adviser.one", AppRoles.ADVISER);
        editing.submitForReview("zz-scenario-draft", v1.id());
        as("adviser.two", AppRoles.ADVISER);
        editing.publish("zz-scenario-draft", v1.id(), "架空の事例であることを確認");
        SecurityContextHolder.clearContext();
        assertThat(scenarios.findPublished("zz-scenario-draft").orElseThrow().vignette()).contains("Bさん（30代・女性）");
    }
}
