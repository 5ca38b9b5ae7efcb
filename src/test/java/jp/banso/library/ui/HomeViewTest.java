package jp.banso.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import jp.banso.KaribuTest;
import jp.banso.library.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    @Test
    void anonymous_visitors_see_the_newest_articles_on_the_home_page() {
        UI.getCurrent().navigate("");
        HomeView home = _get(HomeView.class);
        assertThat(home.newest.getChildren()).allMatch(c -> c instanceof ArticleCard).hasSize(6);
        String newestSlug = articles.newestPublished(1).get(0).slug();
        assertThat(home.newest.getChildren().findFirst().orElseThrow().getElement().getAttribute("data-slug"))
                .isEqualTo(newestSlug);
    }

    @Test
    void the_home_page_links_to_the_library_search_and_joining_a_workshop() {
        UI.getCurrent().navigate("");
        HomeView home = _get(HomeView.class);
        assertThat(home.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).contains("library", "search", "join");
    }
}
