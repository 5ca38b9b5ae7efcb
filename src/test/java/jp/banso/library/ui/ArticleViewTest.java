package jp.banso.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.KaribuTest;
import jp.banso.library.ArticleSection;
import jp.banso.library.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ArticleViewTest::descendants));
    }

    @Test
    void the_table_of_contents_links_every_section_anchor_and_each_heading_carries_it() {
        UI.getCurrent().navigate("library/iwaki");
        ArticleView view = _get(ArticleView.class);
        List<ArticleSection> sections = articles.findPublished("iwaki").orElseThrow().sections();
        List<String> links = descendants(view.toc).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
        assertThat(links).isEqualTo(sections.stream().map(s -> "library/iwaki#" + s.anchor()).toList());
        List<String> headingIds = descendants(view.body).map(c -> c.getId().orElse(null)).filter(id -> id != null).toList();
        assertThat(headingIds).isEqualTo(sections.stream().map(ArticleSection::anchor).toList());
    }

    @Test
    void the_metadata_panel_shows_prefecture_municipalities_and_support_team() {
        UI.getCurrent().navigate("library/hiroshima-hatsukaichi");
        ArticleView view = _get(ArticleView.class);
        String text = view.metadata.getElement().getTextRecursively();
        assertThat(text).contains("広島県").contains("廿日市市").contains("伴走支援チーム");
    }

    @Test
    void markdown_is_rendered_without_letting_raw_html_through() {
        UI.getCurrent().navigate("library/yaizu");
        ArticleView view = _get(ArticleView.class);
        List<Html> blocks = descendants(view.body).filter(Html.class::isInstance).map(Html.class::cast).toList();
        assertThat(blocks).isNotEmpty();
        assertThat(blocks).allSatisfy(h -> assertThat(h.getInnerHtml()).doesNotContain("<script").doesNotContain("onerror"));
        assertThat(blocks.stream().map(Html::getInnerHtml)).anyMatch(html -> html.contains("<table>") || html.contains("<li>"));
    }

    @Test
    void related_articles_are_offered_below_the_article() {
        UI.getCurrent().navigate("library/yamaguchi-yamaguchi-mine");
        ArticleView view = _get(ArticleView.class);
        assertThat(descendants(view.related).filter(ArticleCard.class::isInstance).count()).isBetween(1L, 3L);
    }

    @Test
    void an_unknown_article_shows_not_found() {
        UI.getCurrent().navigate("library/no-such-article");
        _get(jp.banso.base.ui.NotFoundView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(ArticleView.class);
    }
}
