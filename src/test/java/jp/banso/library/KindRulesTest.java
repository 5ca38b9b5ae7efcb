package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class KindRulesTest {

    static String scenario() throws IOException {
        return new ClassPathResource("content/scenarios/scenario-disability-consultation.md").getContentAsString(StandardCharsets.UTF_8);
    }

    static String playbook() throws IOException {
        return new ClassPathResource("content/playbooks/playbook-hatsukaichi-founding.md").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_scenario_and_playbook_are_valid_files_of_their_kinds() throws IOException {
        assertThat(ArticleDocument.parse(scenario()).meta().kind()).isEqualTo(ArticleKind.SCENARIO);
        assertThat(ArticleDocument.parse(playbook()).meta().kind()).isEqualTo(ArticleKind.PLAYBOOK);
    }

    @Test
    void a_scenario_whose_vignette_does_not_say_it_is_fiction_is_refused_with_the_reason() throws IOException {
        String noLabel = scenario().replace("**演習用の架空の事例**", "**事例**");
        assertThatThrownBy(() -> ArticleDocument.parse(noLabel)).isInstanceOf(ArticleFormatException.class)
                .satisfies(e -> assertThat(((ArticleFormatException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("{#vignette}").contains("演習用の架空の事例")));
    }

    @Test
    void a_scenario_needs_a_source_link_one_worksheet_and_minutes() throws IOException {
        String broken = scenario().replace("(/library/hiroshima-hatsukaichi#activities-3)", "(https://example.org/)")
                .replace("支援計画マトリクス（support-matrix）", "支援計画マトリクス（support-matrix）か課題シート（issue-sheet）")
                .replace(" 10分", "").replace(" 30分", "").replace(" 20分", "");
        assertThatThrownBy(() -> ArticleDocument.parse(broken)).isInstanceOf(ArticleFormatException.class)
                .satisfies(e -> assertThat(((ArticleFormatException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("{#source}"))
                        .anySatisfy(p -> assertThat(p).startsWith("{#worksheet}"))
                        .anySatisfy(p -> assertThat(p).startsWith("{#timing}")));
        String missing = scenario().replace("## 問い {#questions}", "## 問い {#asks}");
        assertThatThrownBy(() -> ArticleDocument.parse(missing)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("{#questions}");
    }

    @Test
    void a_playbook_step_needs_participants_and_evidence_and_a_well_formed_scenario_link() throws IOException {
        String broken = playbook()
                .replace("- **根拠**：[意見交換会（第1回）](/library/hiroshima-hatsukaichi#activities-2)\n", "")
                .replace("- **参加者**：市の住宅部局、市の福祉部局、不動産関係団体、居住支援法人、福祉関係団体、基調講演の講師\n", "")
                .replace("(/scenarios/scenario-disability-consultation)", "(scenario-disability-consultation)");
        assertThatThrownBy(() -> ArticleDocument.parse(broken)).isInstanceOf(ArticleFormatException.class)
                .satisfies(e -> assertThat(((ArticleFormatException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("{#step-2}").contains("根拠"))
                        .anySatisfy(p -> assertThat(p).startsWith("{#step-4}").contains("参加者"))
                        .anySatisfy(p -> assertThat(p).startsWith("{#step-3}").contains("/scenarios/slug")));
        String noSteps = playbook().replaceAll("\\{#step-(\\d)\\}", "{#part-$1}");
        assertThatThrownBy(() -> ArticleDocument.parse(noSteps)).hasMessageContaining("step-");
    }

    @Test
    void a_case_needs_none_of_this() {
        ArticleDocument doc = ArticleDocument.parse(ArticleDocumentTest.SAMPLE);
        assertThat(doc.meta().kind()).isEqualTo(ArticleKind.CASE);
    }
}
