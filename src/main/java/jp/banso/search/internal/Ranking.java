package jp.banso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TotalHits;

/**
 * Ranks sections in two passes and groups them by article. The candidate query picks the best
 * {@code window} sections (more when a deep page needs more articles); Lucene's {@link QueryRescorer} then
 * scores only those with the exact query, weighted by what the question names ({@link #weighted}): the
 * exact pass decides which sections match and in which order. An article's score is its best section's.
 */
final class Ranking {

    /**
     * Scenarios and playbooks retell the cases in other words and link to them: on a tie with the case passage
     * they repeat, the case (the source) should come first. Their sections' scores are multiplied by this; a
     * question about what to do still finds the playbook step (measured: docs/search-notes.md, "Derived kinds").
     */
    static final float DERIVED_KIND_WEIGHT = 0.4f;
    static final Set<String> DERIVED_KINDS = Set.of("scenario", "playbook");

    /**
     * An article about a place the question names (its prefecture or one of its municipalities) gains
     * this factor: asked about 沖縄市's 意見交換会, 沖縄市's article comes before another council's whose
     * passage repeats more of the phrasing. BM25 over the body cannot tell a place from any other word.
     * Measured (docs/search-notes.md, "Unseen councils"): unseen recall@1 0.825 / 0.850 / 0.900 / 0.900 at
     * 1.5 / 2 / 3 / 5, held-out 0.880 / 0.880 / 0.900 / 0.900; at 101 (place strictly first) unseen facts fall
     * 0.838 → 0.811.
     */
    static final float PLACE_FACTOR = 3f;

    /** Sections of the top articles, grouped (best article first, its best section first), and the slugs counted. */
    record Collected(LinkedHashMap<String, List<ScoreDoc>> articles, Set<String> slugs) {
    }

    private final LuceneIndex index;
    private final int window;

    Ranking(LuceneIndex index, int window) {
        this.index = index;
        this.window = window;
    }

    /**
     * The exact query with the question's entities weighed: sections of the articles about a named place
     * count {@link #PLACE_FACTOR} times, scenarios and playbooks {@link #DERIVED_KIND_WEIGHT} times.
     */
    Query weighted(Query exact, Set<String> placesNamed) {
        Map<String, ArticleInfo> articles = index.articles();
        return FunctionScoreQuery.boostByValue(exact, new ArticleFactor(slug -> {
            ArticleInfo a = articles.get(slug);
            if (a == null) {
                return 1;
            }
            double f = DERIVED_KINDS.contains(a.kind()) ? DERIVED_KIND_WEIGHT : 1;
            return PlaceNames.about(a, placesNamed) ? f * PLACE_FACTOR : f;
        }));
    }

    /**
     * The candidates' sections that the exact query matches, grouped by article. The window also bounds
     * the total and the facets: counting every weak match of a common bigram would cost a full pass over
     * the index and say little.
     *
     * @param candidateTops first-pass results by window size, shared by the strict and the relaxed pass
     */
    @SuppressWarnings("deprecation")
    Collected collect(IndexSearcher searcher, Query candidates, Map<Integer, ScoreDoc[]> candidateTops, Query exact,
                      int articlesNeeded) throws IOException {
        int k = Math.max(window, articlesNeeded * 4);
        while (true) {
            ScoreDoc[] top = candidateTops.get(k);
            if (top == null) {
                TopScoreDocCollector collector = TopScoreDocCollector.create(k, k);
                searcher.search(candidates, collector);
                top = collector.topDocs().scoreDocs;
                candidateTops.put(k, top);
            }
            LinkedHashMap<String, List<ScoreDoc>> grouped = group(searcher, rescore(searcher, exact, top));
            // when no candidate is exact, deeper ones rarely are: the relaxed search answers instead
            if (top.length < k || grouped.isEmpty() || grouped.size() >= articlesNeeded || k >= 64 * window) {
                return new Collected(grouped, grouped.keySet());
            }
            k *= 4;
        }
    }

    /** The candidates that the exact query matches, with its scores, best first (ties: index order). */
    static ScoreDoc[] rescore(IndexSearcher searcher, Query exact, ScoreDoc[] candidates) throws IOException {
        ScoreDoc[] copies = new ScoreDoc[candidates.length]; // QueryRescorer writes its scores into them
        for (int i = 0; i < copies.length; i++) {
            copies[i] = new ScoreDoc(candidates[i].doc, candidates[i].score);
        }
        TopDocs first = new TopDocs(new TotalHits(copies.length, TotalHits.Relation.EQUAL_TO), copies);
        TopDocs second = new QueryRescorer(exact) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : Float.NEGATIVE_INFINITY;
            }
        }.rescore(searcher, first, copies.length);
        return Arrays.stream(second.scoreDocs).filter(d -> d.score != Float.NEGATIVE_INFINITY).toArray(ScoreDoc[]::new);
    }

    /** Sections (best first) grouped by their article, in order of each article's best section. */
    private static LinkedHashMap<String, List<ScoreDoc>> group(IndexSearcher searcher, ScoreDoc[] ranked)
            throws IOException {
        // doc values are read forward only: look the slugs up in index order
        ScoreDoc[] byDoc = ranked.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        Map<ScoreDoc, String> slugOf = new IdentityHashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues slugs = null;
        for (ScoreDoc sd : byDoc) {
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                slugs = DocValues.getSorted(leaves.get(li).reader(), LuceneIndex.SLUG);
            }
            if (slugs.advanceExact(sd.doc - leaves.get(li).docBase)) {
                slugOf.put(sd, slugs.lookupOrd(slugs.ordValue()).utf8ToString());
            }
        }
        LinkedHashMap<String, List<ScoreDoc>> grouped = new LinkedHashMap<>();
        for (ScoreDoc sd : ranked) {
            String slug = slugOf.get(sd);
            if (slug != null) {
                grouped.computeIfAbsent(slug, s -> new ArrayList<>()).add(sd);
            }
        }
        return grouped;
    }
}
