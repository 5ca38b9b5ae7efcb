package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.search.SearchRequest;
import jp.banso.search.bench.ShippedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults the index heals from: a failed rebuild, a corrupted file found at start. On a real folder. */
class IndexFaultsTest {

    @TempDir
    Path dir;

    static int hits(LuceneIndex index, String q) throws Exception {
        Synonyms none = Synonyms.of(List.of());
        return new SearchEngine(index, () -> none, Tuning.DEFAULT).search(SearchRequest.of(q)).total();
    }

    @Test
    void a_failed_rebuild_leaves_the_live_index_answering_and_writable() throws Exception {
        List<List<SectionDoc>> corpus = ShippedCorpus.load();
        int sections = corpus.stream().mapToInt(List::size).sum();
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            index.rebuild(corpus, n -> { });
            String live = index.liveName();
            int before = hits(index, "岡崎市の相談件数");
            assertThat(before).isPositive();

            index.failAfterIndexing = () -> {
                throw new IllegalStateException("disk full (simulated)");
            };
            assertThatThrownBy(() -> index.rebuild(corpus.subList(0, 2), n -> { }))
                    .hasMessageContaining("disk full");
            // the live index is the same folder with the same content, and the unfinished build is gone
            assertThat(index.liveName()).isEqualTo(live);
            assertThat(index.sectionCount()).isEqualTo(sections);
            assertThat(hits(index, "岡崎市の相談件数")).isEqualTo(before);
            try (Stream<Path> folders = Files.list(dir)) {
                assertThat(folders.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("v")))
                        .containsExactly(live);
            }
            // the writer still works: a rollback would have closed it for good
            index.deleteArticle("okazaki");
            assertThat(hits(index, "岡崎市の相談件数")).isLessThan(before);

            index.failAfterIndexing = () -> { };
            index.rebuild(corpus, n -> { });
            assertThat(index.liveName()).isNotEqualTo(live);
            assertThat(index.sectionCount()).isEqualTo(sections);
            assertThat(Files.exists(dir.resolve(live))).as("the replaced build is removed").isFalse();
        }
        // the swap survives a restart
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.sectionCount()).isEqualTo(sections);
        }
    }

    @Test
    void a_corrupted_file_is_found_at_start_and_the_index_is_rebuilt() throws Exception {
        List<List<SectionDoc>> corpus = ShippedCorpus.load();
        String live;
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            index.rebuild(corpus, n -> { });
            live = index.liveName();
        }
        // flip bytes in the middle of the largest index file (postings, stored fields or a compound file)
        Path victim;
        try (Stream<Path> files = Files.list(dir.resolve(live))) {
            victim = files.filter(p -> !p.getFileName().toString().startsWith("segments"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0xFF);
        }
        assertThat(LuceneIndex.usable(dir.resolve(live))).isFalse();

        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            assertThat(index.needsRebuild()).as("damage found by the checksums at start").isTrue();
            assertThat(index.liveName()).isNotEqualTo(live);
            assertThat(Files.exists(dir.resolve(live))).isFalse();
            index.rebuild(corpus, n -> { });
            assertThat(index.needsRebuild()).isFalse();
            assertThat(hits(index, "岡崎市の相談件数")).isPositive();
        }
    }
}
