package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;

import jp.banso.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    @AfterEach
    void removeTestArticle() {
        jdbc.sql("DELETE FROM article WHERE slug = 'zz-loader-test'").update();
        jdbc.sql("DELETE FROM shipped_update_pending WHERE slug = 'zz-loader-test'").update();
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
}
