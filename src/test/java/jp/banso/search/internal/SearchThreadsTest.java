package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import jp.banso.search.SearchRequest;
import jp.banso.search.bench.ShippedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches run on the search threads; to the caller it looks as if the search ran in its own thread. */
class SearchThreadsTest {

    @TempDir
    Path dir;

    @Test
    void results_errors_and_interrupts_reach_the_caller_as_if_the_search_ran_in_its_thread() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            index.rebuild(ShippedCorpus.load(), n -> { });
            Synonyms shipped = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(index, () -> shipped, Tuning.DEFAULT);
            assertThat(engine.search(SearchRequest.of("岡崎市の相談件数")).hits()).isNotEmpty();

            // an error inside the search is the caller's own exception, not a wrapper from the thread pool
            SearchEngine broken = new SearchEngine(index, () -> {
                throw new IllegalStateException("synonyms unavailable");
            }, Tuning.DEFAULT);
            assertThatThrownBy(() -> broken.search(SearchRequest.of("岡崎市")))
                    .isInstanceOf(IllegalStateException.class).hasMessage("synonyms unavailable");

            // an interrupted caller gets an InterruptedIOException and keeps its interrupt flag
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> engine.search(SearchRequest.of("岡崎市"))).isInstanceOf(InterruptedIOException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
            assertThat(engine.search(SearchRequest.of("岡崎市")).hits()).as("the threads still serve searches").isNotEmpty();
        }
    }
}
