package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleServiceTest extends IntegrationTest {

    @Autowired
    ArticleService articles;

    @Test
    void the_shipped_library_holds_the_program_six_cases_and_nara_plan() {
        List<ArticleSummary> all = articles.listPublished(ArticleFilter.ANY, ArticleSort.TITLE);
        assertThat(all).extracting(ArticleSummary::slug).contains("project-overview", "nagano",
                "hiroshima-hatsukaichi", "yamaguchi-yamaguchi-mine", "iwaki", "yaizu", "okazaki",
                "nara-housing-plan-policy2");
        assertThat(all).filteredOn(a -> a.meta().kind() == ArticleKind.CASE).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void filters_narrow_the_list_by_prefecture_kind_theme_and_target_group() {
        // 長野県's case and the playbook drawn from it; nothing of another prefecture
        assertThat(articles.listPublished(new ArticleFilter("長野県", null, null, null), ArticleSort.TITLE))
                .extracting(ArticleSummary::slug).containsExactlyInAnyOrder("nagano", "playbook-nagano-construction-offices");
        assertThat(articles.listPublished(new ArticleFilter("長野県", ArticleKind.CASE, null, null), ArticleSort.TITLE))
                .extracting(ArticleSummary::slug).containsExactly("nagano");
        assertThat(articles.listPublished(new ArticleFilter(null, ArticleKind.PLAN, null, null), ArticleSort.TITLE))
                .extracting(ArticleSummary::slug).contains("nara-housing-plan-policy2")
                .allMatch(s -> !s.equals("nagano"));
        List<ArticleSummary> withTheme = articles.listPublished(new ArticleFilter(null, null, "勉強会", null), ArticleSort.TITLE);
        assertThat(withTheme).isNotEmpty().allMatch(a -> a.meta().themes().contains("勉強会"));
        List<ArticleSummary> elderly = articles.listPublished(new ArticleFilter(null, null, null, "高齢者"), ArticleSort.TITLE);
        assertThat(elderly).isNotEmpty().allMatch(a -> a.meta().targetGroups().contains("高齢者"));
        assertThat(articles.listPublished(new ArticleFilter("存在しない県", null, null, null), ArticleSort.TITLE)).isEmpty();
    }

    @Test
    void sorting_by_prefecture_orders_the_list() {
        List<String> prefectures = articles.listPublished(ArticleFilter.ANY, ArticleSort.PREFECTURE).stream()
                .map(a -> a.meta().prefecture()).toList();
        assertThat(prefectures).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void an_article_has_its_sections_in_the_stable_order_with_anchors() {
        Article nagano = articles.findPublished("nagano").orElseThrow();
        List<String> topTitles = nagano.sections().stream().filter(s -> s.level() == 2).map(ArticleSection::title).toList();
        assertThat(topTitles).containsSubsequence("これまでの取組状況", "地域の状況", "取組方針", "取組内容と成果",
                "伴走支援チーム", "今後の方向性");
        assertThat(nagano.sections()).allMatch(s -> s.anchor().matches(ArticleLimits.ANCHOR_PATTERN));
        assertThat(nagano.meta().prefecture()).isEqualTo("長野県");
        assertThat(nagano.meta().supportTeam()).isNotEmpty();
    }

    @Test
    void unknown_or_malformed_slugs_find_nothing() {
        assertThat(articles.findPublished("no-such-article")).isEmpty();
        assertThat(articles.findPublished("../etc/passwd")).isEmpty();
        assertThat(articles.findPublished("x".repeat(500))).isEmpty();
        assertThat(articles.findPublished(null)).isEmpty();
    }

    @Test
    void related_articles_share_themes_or_prefecture_and_never_include_the_article_itself() {
        List<ArticleSummary> related = articles.related("yaizu", 3);
        assertThat(related).isNotEmpty().hasSizeLessThanOrEqualTo(3).noneMatch(a -> a.slug().equals("yaizu"));
        Article yaizu = articles.findPublished("yaizu").orElseThrow();
        assertThat(related).allMatch(a -> a.meta().prefecture().equals(yaizu.meta().prefecture())
                || a.meta().themes().stream().anyMatch(yaizu.meta().themes()::contains)
                || a.meta().targetGroups().stream().anyMatch(yaizu.meta().targetGroups()::contains));
    }

    @Test
    void facets_offer_only_values_that_published_articles_use() {
        ArticleFacets facets = articles.facets();
        assertThat(facets.prefectures()).contains("長野県", "福島県", "静岡県", "愛知県", "奈良県");
        assertThat(facets.kinds()).contains(ArticleKind.CASE, ArticleKind.PLAN, ArticleKind.PROGRAM);
        assertThat(facets.themes()).contains("勉強会");
    }
}
