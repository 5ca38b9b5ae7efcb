package jp.banso.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.banso.IntegrationTest;
import jp.banso.library.ArticleDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;

/** One taxonomy: every tag a shipped article uses is a term the editor offers, so facets do not split (V047). */
@WithMockUser(username = "taxonomy-test", roles = "ADVISER")
class ShippedTaxonomyTest extends IntegrationTest {

    @Autowired
    ArticleEditingService editing;

    @Test
    void every_theme_and_target_group_of_every_shipped_article_is_in_the_taxonomy() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:content/**/*.md");
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        List<String> themes = editing.taxonomy(TaxonomyType.THEME);
        List<String> groups = editing.taxonomy(TaxonomyType.TARGET_GROUP);
        List<String> missing = new ArrayList<>();
        for (Resource f : files) {
            var meta = ArticleDocument.parse(f.getContentAsString(StandardCharsets.UTF_8)).meta();
            meta.themes().stream().filter(t -> !themes.contains(t)).forEach(t -> missing.add(meta.slug() + " theme " + t));
            meta.targetGroups().stream().filter(t -> !groups.contains(t)).forEach(t -> missing.add(meta.slug() + " target " + t));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_editors_old_words_are_gone() {
        assertThat(editing.taxonomy(TaxonomyType.THEME)).doesNotContain("協議会の設立", "空き家の活用", "勉強会・意見交換会",
                "住宅部局と福祉部局の連携", "不動産関係団体との連携");
        assertThat(editing.taxonomy(TaxonomyType.TARGET_GROUP)).doesNotContain("低額所得者", "刑務所出所者等");
    }
}
