package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import jp.banso.IntegrationTest;
import jp.banso.base.BansoProperties;
import jp.banso.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ShippedContentLoaderTest extends IntegrationTest {

    @Autowired
    ShippedContentLoader loader;
    @Autowired
    ArticleRepository repository;
    @Autowired
    ArticleService articles;
    @Autowired
    JdbcClient jdbc;

    static final String V1 = ArticleDocumentTest.SAMPLE.replace("slug: sample-city", "slug: zz-loader-test");

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    jp.banso.search.SearchService search;

    @TempDir
    Path folder;

    @AfterEach
    void removeTestArticle() {
        jdbc.sql("DELETE FROM article WHERE slug IN ('zz-loader-test', 'zz-folder-a', 'zz-folder-b', 'zz-loader-scenario', "
                + "'zz-loader-playbook')").update();
        // and out of the shared search index, so later tests search the shipped library only
        java.util.List.of("zz-loader-test", "zz-folder-a", "zz-folder-b", "zz-loader-scenario", "zz-loader-playbook")
                .forEach(s -> events.publishEvent(new ArticleWithdrawn(s)));
        jdbc.sql("DELETE FROM shipped_update_pending WHERE slug IN ('zz-loader-test', 'zz-loader-scenario', 'zz-loader-playbook')")
                .update();
    }

    @Test
    void loading_the_shipped_files_again_changes_nothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM article_section").query(Long.class).single();
        ShippedContentLoader.Report report = loader.loadAll();
        assertThat(report.inserted()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.failed()).isZero();
        assertThat(report.unchanged()).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_section").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_changed_file_updates_an_article_nobody_edited() {
        assertThat(loader.load(V1)).isEqualTo(ShippedContentLoader.Outcome.INSERTED);
        assertThat(loader.load(V1)).isEqualTo(ShippedContentLoader.Outcome.UNCHANGED);
        String v2 = V1.replace("参加者 20名", "参加者 25名");
        assertThat(loader.load(v2)).isEqualTo(ShippedContentLoader.Outcome.UPDATED);
        assertThat(articles.findPublished("zz-loader-test").orElseThrow().sections().get(2).body()).contains("25名");
    }

    @Test
    void a_changed_file_never_overwrites_an_adviser_edit_but_waits_for_review() {
        loader.load(V1);
        repository.markEditedInApp("zz-loader-test");
        String v2 = V1.replace("参加者 20名", "参加者 25名");
        assertThat(loader.load(v2)).isEqualTo(ShippedContentLoader.Outcome.PENDING);
        assertThat(articles.findPublished("zz-loader-test").orElseThrow().sections().get(2).body())
                .contains("20名").doesNotContain("25名");
        assertThat(repository.pendingShippedUpdates()).contains("zz-loader-test");
        // the same pending file seen again at the next start is not recorded twice
        assertThat(loader.load(v2)).isEqualTo(ShippedContentLoader.Outcome.PENDING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shipped_update_pending WHERE slug = 'zz-loader-test'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Autowired
    jp.banso.scenario.ScenarioService scenarios;
    @Autowired
    jp.banso.formation.PlaybookService playbooks;

    @Test
    void the_shipped_scenarios_and_playbooks_are_loaded_with_their_kinds() {
        assertThat(articles.findPublished("scenario-disability-consultation").orElseThrow().meta().kind())
                .isEqualTo(ArticleKind.SCENARIO);
        assertThat(articles.findPublished("playbook-hatsukaichi-founding").orElseThrow().meta().kind())
                .isEqualTo(ArticleKind.PLAYBOOK);
    }

    @Test
    void a_scenario_file_loads_once_and_a_changed_file_never_overwrites_an_adviser_edit() throws Exception {
        String v1 = KindRulesTest.scenario().replace("slug: scenario-disability-consultation", "slug: zz-loader-scenario");
        assertThat(loader.load(v1)).isEqualTo(ShippedContentLoader.Outcome.INSERTED);
        assertThat(loader.load(v1)).isEqualTo(ShippedContentLoader.Outcome.UNCHANGED);
        assertThat(scenarios.findPublished("zz-loader-scenario").orElseThrow().minutes()).isEqualTo(60);

        repository.markEditedInApp("zz-loader-scenario");
        String v2 = v1.replace("発表と講評 20分", "発表と講評 25分");
        assertThat(loader.load(v2)).isEqualTo(ShippedContentLoader.Outcome.PENDING);
        assertThat(scenarios.findPublished("zz-loader-scenario").orElseThrow().minutes()).isEqualTo(60);
        assertThat(repository.pendingShippedUpdates()).contains("zz-loader-scenario");
    }

    @Test
    void a_playbook_file_loads_once_updates_while_nobody_edited_it_and_then_waits_for_review() throws Exception {
        String v1 = KindRulesTest.playbook().replace("slug: playbook-hatsukaichi-founding", "slug: zz-loader-playbook");
        assertThat(loader.load(v1)).isEqualTo(ShippedContentLoader.Outcome.INSERTED);
        assertThat(loader.load(v1)).isEqualTo(ShippedContentLoader.Outcome.UNCHANGED);
        String v2 = v1.replace("- **議題**：設立総会、基調講演", "- **議題**：設立総会、基調講演、記念撮影");
        assertThat(loader.load(v2)).isEqualTo(ShippedContentLoader.Outcome.UPDATED);
        assertThat(playbooks.findPublished("zz-loader-playbook").orElseThrow().steps().get(3).agenda()).contains("記念撮影");

        repository.markEditedInApp("zz-loader-playbook");
        String v3 = v2.replace("、記念撮影", "、閉会");
        assertThat(loader.load(v3)).isEqualTo(ShippedContentLoader.Outcome.PENDING);
        assertThat(playbooks.findPublished("zz-loader-playbook").orElseThrow().steps().get(3).agenda())
                .contains("記念撮影").doesNotContain("閉会");
    }

    @Test
    void a_deployment_content_folder_adds_its_articles_once_and_they_are_searchable() throws Exception {
        Files.writeString(folder.resolve("a.md"), V1.replace("slug: zz-loader-test", "slug: zz-folder-a")
                .replace("参加者 20名", "参加者 20名、ミツバチ会議"));
        Files.writeString(folder.resolve("b.md"), V1.replace("slug: zz-loader-test", "slug: zz-folder-b"));
        // same slug as a.md: left out with a reason, never loaded over it
        Files.writeString(folder.resolve("c.md"), V1.replace("slug: zz-loader-test", "slug: zz-folder-a"));
        Files.writeString(folder.resolve("notes.txt"), "not an article");
        ShippedContentLoader withFolder = new ShippedContentLoader(repository, tx, events, Clock.systemUTC(),
                new BansoProperties(Path.of("unused"), folder));

        ShippedContentLoader.Report first = withFolder.loadAll();
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(articles.findPublished("zz-folder-a")).isPresent();
        assertThat(articles.findPublished("zz-folder-b")).isPresent();
        assertThat(search.search(SearchRequest.of("ミツバチ会議")).hits())
                .extracting(h -> h.slug()).contains("zz-folder-a");

        ShippedContentLoader.Report again = withFolder.loadAll();
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void a_content_folder_that_does_not_exist_stops_the_load_with_a_reason() {
        ShippedContentLoader missing = new ShippedContentLoader(repository, tx, events, Clock.systemUTC(),
                new BansoProperties(Path.of("unused"), folder.resolve("missing")));
        org.assertj.core.api.Assertions.assertThatThrownBy(missing::loadAll)
                .hasMessageContaining("is not a folder");
    }
}
