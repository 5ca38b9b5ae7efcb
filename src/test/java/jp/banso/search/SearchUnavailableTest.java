package jp.banso.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import jp.banso.search.internal.JapaneseAnalysis;
import jp.banso.search.internal.LuceneIndex;
import org.junit.jupiter.api.Test;

/** While a new or damaged index is rebuilt, a search says so (in Japanese, by key) instead of finding nothing. */
class SearchUnavailableTest {

    @Test
    void a_search_on_an_index_awaiting_its_rebuild_is_told_so() throws Exception {
        try (LuceneIndex index = LuceneIndex.inMemory(new JapaneseAnalysis())) {
            SearchService service = new SearchService(index, null, null, Clock.systemUTC());
            assertThatThrownBy(() -> service.search(SearchRequest.of("空き家")))
                    .isInstanceOf(SearchUnavailableException.class)
                    .extracting(e -> ((SearchUnavailableException) e).messageKey())
                    .isEqualTo("search.error.rebuilding");
        }
    }
}
