package jp.banso.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import jp.banso.KaribuTest;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchService;
import jp.banso.search.SynonymGroup;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchAdminViewsTest extends KaribuTest {

    @Autowired
    SearchService search;

    @Test
    void an_adviser_adds_a_synonym_group_that_search_uses_at_once() {
        login("adviser-view-test", AppRoles.ADVISER);
        UI.getCurrent().navigate("search/synonyms");
        SynonymsView view = _get(SynonymsView.class);
        String word = "qzxview" + System.nanoTime() % 100000;
        view.words.setValue(word + "、住まいサポートおかざき");
        view.add.click();
        assertThat(view.words.isInvalid()).isFalse();
        List<SynonymGroup> rows = GridKt._findAll(view.grid).stream()
                .filter(g -> g.words().contains(word)).toList();
        assertThat(rows).hasSize(1);
        assertThat(search.search(SearchRequest.of(word)).hits()).anyMatch(h -> h.slug().equals("okazaki"));
        search.deleteSynonyms(rows.get(0).id(), rows.get(0).version());

        view.words.setValue("ひとつ");
        view.add.click();
        assertThat(view.words.isInvalid()).isTrue();
        assertThat(view.words.getValue()).as("typed words are kept").isEqualTo("ひとつ");
    }

    @Test
    void anonymous_visitors_cannot_open_the_synonyms_or_index_pages() {
        UI.getCurrent().navigate("search/synonyms");
        assertThat(UI.getCurrent().getChildren().anyMatch(SynonymsView.class::isInstance)).isFalse();
        login("staff-view-test", AppRoles.STAFF);
        UI.getCurrent().navigate("admin/search-index");
        assertThat(UI.getCurrent().getChildren().anyMatch(IndexAdminView.class::isInstance)).isFalse();
    }

    @Test
    void an_admin_rebuilds_the_index_and_sees_progress() throws Exception {
        login("admin-view-test", AppRoles.ADMIN);
        UI.getCurrent().navigate("admin/search-index");
        IndexAdminView view = _get(IndexAdminView.class);
        view.rebuild.click();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!view.rebuild.isEnabled() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(view.rebuild.isEnabled()).isTrue();
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.progressText.getText()).contains(String.valueOf(search.status().articles()));
    }
}
