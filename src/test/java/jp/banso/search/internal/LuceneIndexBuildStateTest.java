package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jp.banso.search.bench.ShippedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When single-article changes may wait for the full build, and when they must reach the index at once. */
class LuceneIndexBuildStateTest {

    @TempDir
    Path dir;

    @Test
    void a_new_index_defers_changes_only_until_a_rebuild_starts_reading_the_articles() throws Exception {
        List<List<SectionDoc>> corpus = ShippedCorpus.load();
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            assertThat(index.awaitingFullBuild()).isTrue();
            index.rebuildStarting();
            assertThat(index.awaitingFullBuild()).as("the rebuild may have read the article already").isFalse();
            index.rebuild(corpus, n -> { });
            assertThat(index.awaitingFullBuild()).isFalse();
            assertThat(index.sectionCount()).isEqualTo(corpus.stream().mapToInt(List::size).sum());
        }
        // reopened on the built folder: nothing to wait for, changes go in one by one
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.awaitingFullBuild()).isFalse();
        }
    }
}
