package jp.banso.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import jp.banso.KaribuTest;
import jp.banso.library.ArticleFilter;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    private static List<String> slugs(LibraryView view) {
        return view.results.getChildren().filter(ArticleCard.class::isInstance)
                .map(c -> c.getElement().getAttribute("data-slug")).toList();
    }

    @Test
    void the_library_lists_every_published_article() {
        UI.getCurrent().navigate("library");
        LibraryView view = _get(LibraryView.class);
        assertThat(slugs(view)).hasSize(articles.listPublished(ArticleFilter.ANY, ArticleSort.NEWEST).size())
                .contains("nagano", "iwaki", "nara-housing-plan-policy2");
        assertThat(view.count.getText()).contains(String.valueOf(slugs(view).size()));
    }

    @Test
    void choosing_a_prefecture_and_a_kind_narrows_the_list() {
        UI.getCurrent().navigate("library");
        LibraryView view = _get(LibraryView.class);
        view.prefecture.setValue("長野県");
        assertThat(slugs(view)).contains("nagano", "playbook-nagano-construction-offices");
        view.kind.setValue(ArticleKind.CASE);
        assertThat(slugs(view)).containsExactly("nagano");
        view.prefecture.clear();
        view.kind.setValue(ArticleKind.PLAN);
        assertThat(slugs(view)).containsExactly("nara-housing-plan-policy2");
        view.clear.click();
        assertThat(slugs(view)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void filters_given_in_the_url_are_applied_so_a_list_can_be_shared() {
        UI.getCurrent().navigate("library", QueryParameters.fromString("theme=%E5%8B%89%E5%BC%B7%E4%BC%9A&sort=title"));
        LibraryView view = _get(LibraryView.class);
        assertThat(view.theme.getValue()).isEqualTo("勉強会");
        assertThat(view.sort.getValue()).isEqualTo(ArticleSort.TITLE);
        List<String> expected = articles.listPublished(new ArticleFilter(null, null, "勉強会", null), ArticleSort.TITLE)
                .stream().map(a -> a.slug()).toList();
        assertThat(slugs(view)).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void unknown_filter_values_in_the_url_are_ignored_not_errors() {
        UI.getCurrent().navigate("library", QueryParameters.fromString("prefecture=%3Cscript%3E&kind=poem&sort=nope"));
        LibraryView view = _get(LibraryView.class);
        assertThat(view.prefecture.getValue()).isNull();
        assertThat(view.kind.getValue()).isNull();
        assertThat(slugs(view)).hasSizeGreaterThanOrEqualTo(8);
    }
}
