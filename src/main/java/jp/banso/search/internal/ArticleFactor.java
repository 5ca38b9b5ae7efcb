package jp.banso.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A factor per article for {@link org.apache.lucene.queries.function.FunctionScoreQuery#boostByValue}: each
 * section reads its article's slug from doc values and gets the article's factor. Looked up only for the
 * sections scored (the candidates), once per slug and segment. A {@code TermInSetQuery} as the boost
 * instead built a bit set over every section of the named kinds on each search: on 10,000 sections the
 * search p50 went from 2.6 to 23 ms (2026-12-02, load ~16-23).
 */
final class ArticleFactor extends DoubleValuesSource {

    private final ToDoubleFunction<String> factorOfSlug;

    ArticleFactor(ToDoubleFunction<String> factorOfSlug) {
        this.factorOfSlug = factorOfSlug;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedDocValues slugs = DocValues.getSorted(ctx.reader(), LuceneIndex.SLUG);
        Map<Integer, Double> byOrd = new HashMap<>(); // a few hundred sections at most are scored
        return new DoubleValues() {
            double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = 1;
                if (slugs.advanceExact(doc)) {
                    Double f = byOrd.get(slugs.ordValue());
                    if (f == null) {
                        f = factorOfSlug.applyAsDouble(slugs.lookupOrd(slugs.ordValue()).utf8ToString());
                        byOrd.put(slugs.ordValue(), f);
                    }
                    value = f;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // the factors depend on the question
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public String toString() {
        return "articleFactor";
    }
}
