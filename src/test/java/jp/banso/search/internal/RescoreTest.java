package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.banso.search.SearchEval;
import jp.banso.search.SearchRequest;
import jp.banso.search.bench.ShippedCorpus;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clause-by-clause rescoring of the candidates must decide exactly what the nested Lucene query
 * (each body field's minimum-should-match disjunction, plus the metadata) decides: the same sections
 * match, with the same scores. Checked on a real index of the shipped library, every section a candidate.
 */
class RescoreTest {

    @TempDir
    Path dir;

    @Test
    void rescoring_the_candidates_matches_the_nested_exact_query() throws Exception {
        List<String> queries = new ArrayList<>();
        SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
        SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
        SearchEval.read("eval/search-holdout.tsv").forEach(l -> queries.add(l.query()));
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            index.rebuild(ShippedCorpus.load(), n -> {
            });
            Synonyms synonyms = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(index, () -> synonyms, Tuning.DEFAULT);
            IndexSearcher searcher = index.acquire();
            try {
                int maxDoc = searcher.getIndexReader().maxDoc();
                ScoreDoc[] everySection = new ScoreDoc[maxDoc];
                for (int d = 0; d < maxDoc; d++) {
                    everySection[d] = new ScoreDoc(d, 0f);
                }
                int matchedAtAll = 0;
                for (String query : queries) {
                    SearchEngine.Analysed a = engine.analyse(query);
                    for (float minMatch : new float[] {Tuning.DEFAULT.minMatch(), 0f}) {
                        SearchEngine.TermCache cache = new SearchEngine.TermCache(searcher);
                        SearchEngine.Exact exact = engine.buildExact(cache, a, minMatch);
                        Map<Integer, Float> expected = new HashMap<>();
                        for (ScoreDoc sd : searcher.search(exact.toQuery(SearchRequest.of(query)), maxDoc).scoreDocs) {
                            expected.put(sd.doc, sd.score);
                        }
                        Map<Integer, Float> actual = new HashMap<>();
                        for (ScoreDoc sd : SearchEngine.rescore(searcher, exact, SearchEngine.weights(searcher, exact),
                                everySection)) {
                            actual.put(sd.doc, sd.score);
                        }
                        assertThat(actual.keySet()).as("sections matching %s (minMatch %s)", query, minMatch)
                                .isEqualTo(expected.keySet());
                        expected.forEach((doc, score) -> assertThat(actual.get(doc))
                                .as("score of section %d for %s", doc, query).isCloseTo(score, within(1e-3f * score)));
                        matchedAtAll += expected.isEmpty() ? 0 : 1;
                    }
                }
                // the comparison means something only if most queries match sections
                assertThat(matchedAtAll).isGreaterThan(queries.size());
            } finally {
                index.release(searcher);
            }
        }
    }
}
