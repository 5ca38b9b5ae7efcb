package jp.banso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.banso.search.SearchRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * From the user's text to Lucene queries. Analysis gives each body field's terms, with every synonym span
 * as a group (its own word and its alternatives). Two queries are built from them, from analysed terms only
 * (no parser: {@code AND(((} is just text):
 * <ul>
 *   <li>the <b>candidate query</b>: one flat {@link BooleanQuery} of SHOULD clauses over both body fields, so
 *   that Lucene's MaxScore/WAND can skip sections that cannot reach the top; clauses matching more than
 *   {@code common} of the sections leave it (they still score in the exact query);</li>
 *   <li>the <b>exact query</b>: each body field a {@link BooleanQuery} needing its share of the clauses
 *   ({@link BooleanQuery.Builder#setMinimumNumberShouldMatch}), one of the two required, plus the metadata
 *   field as a SHOULD that only adds to the score.</li>
 * </ul>
 * A clause is a term, or a synonym group: a {@link DisjunctionMaxQuery} over its words, each word a
 * conjunction of its terms (the whole word must be present).
 */
final class QueryBuilder {

    /** A query made only of common clauses keeps its rarest few to pick candidates. */
    static final int MIN_CANDIDATE_CLAUSES = 2;
    /** A synonym group scores as its best word plus this share of the others it holds. */
    static final float SYNONYM_TIE_BREAKER = 0.1f;

    private final LuceneIndex index;
    private final Supplier<Synonyms> synonyms;
    /** Each field's terms of a synonym word: the same for every query, so analysed once. */
    private final Map<String, List<String>> alternativeTerms = new ConcurrentHashMap<>();

    QueryBuilder(LuceneIndex index, Supplier<Synonyms> synonyms) {
        this.index = index;
        this.synonyms = synonyms;
    }

    /** The analysed query: both body fields' terms, the words to mark in snippets and the places named. */
    record Analysed(String normalized, QueryTerms morph, QueryTerms bigram, List<QueryTerms.Token> morphTokens,
                    List<Synonyms.Span> spans, Set<String> places, List<String> placesAsWritten) {
        boolean isEmpty() {
            return morph.isEmpty() && bigram.isEmpty();
        }
    }

    Analysed analyse(String query) {
        JapaneseAnalysis a = index.analysis();
        String norm = JapaneseAnalysis.normalize(query);
        List<Synonyms.Span> spans = synonyms.get().find(norm);
        Places known = places();
        List<int[]> placeSpans = PlaceNames.spans(norm, known.names());
        Set<String> places = new LinkedHashSet<>();
        Set<String> asWritten = new LinkedHashSet<>();
        for (int[] p : placeSpans) {
            String place = norm.substring(p[0], p[1]);
            places.add(place);
            asWritten.addAll(known.asWritten().getOrDefault(place, Set.of()));
        }
        List<QueryTerms.Token> morphTokens = QueryTerms.tokens(a.morphQuery, LuceneIndex.BODY_MORPH, norm);
        return new Analysed(norm,
                QueryTerms.of(morphTokens, w -> alternativeTerms(a.morphQuery, LuceneIndex.BODY_MORPH, w), spans,
                        placeSpans),
                QueryTerms.of(QueryTerms.tokens(a.bigramQuery, LuceneIndex.BODY_BIGRAM, norm),
                        w -> alternativeTerms(a.bigramQuery, LuceneIndex.BODY_BIGRAM, w), spans, placeSpans),
                morphTokens, spans, places, List.copyOf(asWritten));
    }

    /** Place names a question may hold, and each one as the articles' metadata write it. */
    private record Places(long generation, Set<String> names, Map<String, Set<String>> asWritten) {
    }

    private volatile Places places;

    /** Recomputed when the index changes (articles bring their places). */
    private Places places() {
        Places p = places;
        long gen = index.generation();
        if (p == null || p.generation() != gen) {
            p = new Places(gen, PlaceNames.known(index.articles().values()),
                    PlaceNames.asWritten(index.articles().values()));
            places = p;
        }
        return p;
    }

    private List<String> alternativeTerms(Analyzer analyzer, String field, String word) {
        return alternativeTerms.computeIfAbsent(field + '\u0000' + word, k -> QueryTerms.tokens(analyzer, field, word)
                .stream().map(QueryTerms.Token::term).distinct().toList());
    }

    /**
     * Term statistics looked up once per search: the candidate pass, the exact pass, the choice of common
     * clauses and the snippet weights all ask about the same terms.
     */
    static final class TermCache {
        private final IndexSearcher searcher;
        private final Map<Term, TermStates> states = new HashMap<>();
        /** One terms enum per field and segment, moved from term to term (a new one per term cost more to
         * create than the seek itself, and most of the search's garbage). */
        private final Map<String, TermsEnum[]> enums = new HashMap<>();

        TermCache(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        TermStates states(Term t) throws IOException {
            TermStates s = states.get(t);
            if (s == null) {
                IndexReaderContext top = searcher.getTopReaderContext();
                s = new TermStates(top);
                TermsEnum[] perLeaf = enums.computeIfAbsent(t.field(), f -> new TermsEnum[top.leaves().size()]);
                for (LeafReaderContext leaf : top.leaves()) {
                    TermsEnum te = perLeaf[leaf.ord];
                    if (te == null) {
                        Terms terms = leaf.reader().terms(t.field());
                        if (terms == null) {
                            continue;
                        }
                        te = terms.iterator();
                        perLeaf[leaf.ord] = te;
                    }
                    if (te.seekExact(t.bytes())) {
                        s.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                    }
                }
                states.put(t, s);
            }
            return s;
        }

        TermQuery query(String field, String text) throws IOException {
            Term t = new Term(field, text);
            return new TermQuery(t, states(t));
        }

        int docFreq(String field, String text) throws IOException {
            return states(new Term(field, text)).docFreq();
        }
    }

    /**
     * The first, fast pass: every body clause of both fields as one flat disjunction, so that Lucene can
     * skip sections that cannot reach the top (MaxScore/WAND over impacts). Nested per-field
     * minimum-should-match disjunctions (the exact query) cannot be skipped like this.
     *
     * @param common share of the sections above which a clause does not pick candidates; a clause in no more
     *               sections than the window always picks (on a small library every clause can)
     * @param window sections the exact query scores
     */
    Query candidates(TermCache cache, int numDocs, Analysed q, SearchRequest r, Tuning t, double common, int window)
            throws IOException {
        record Clause(Query query, long df) {
        }
        List<Clause> all = new ArrayList<>();
        // a common word of a synonym group (登録住宅: 登録 and 住宅) would make a large share of the index a
        // candidate to score one by one: like common clauses, it scores the candidates but does not pick them
        long max = Math.max((long) (common * numDocs), window);
        for (var fieldTerms : List.of(Map.entry(LuceneIndex.BODY_MORPH, q.morph()),
                Map.entry(LuceneIndex.BODY_BIGRAM, q.bigram()))) {
            String field = fieldTerms.getKey();
            float weight = field.equals(LuceneIndex.BODY_MORPH) ? t.morph() : t.bigram();
            List<Query> cl = clauses(cache, field, fieldTerms.getValue(), t.synonym(), max);
            // whether a synonym group picks candidates depends on all its words: its common alternatives are
            // left out of the clause above, not out of this count
            List<Long> dfs = clauseDocFreqs(cache, field, fieldTerms.getValue());
            for (int i = 0; i < cl.size(); i++) {
                all.add(new Clause(boost(cl.get(i), weight), dfs.get(i)));
            }
        }
        List<Clause> kept = new ArrayList<>(all.stream().filter(c -> c.df() <= max).toList());
        if (kept.size() < MIN_CANDIDATE_CLAUSES) {
            all.stream().filter(c -> c.df() > max).sorted(Comparator.comparingLong(Clause::df))
                    .limit(MIN_CANDIDATE_CLAUSES - kept.size()).forEach(kept::add);
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        kept.forEach(c -> flat.add(c.query(), Occur.SHOULD));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(flat.build(), Occur.MUST);
        filters(b, r);
        BooleanQuery built = b.build();
        return built.clauses().size() == 1 ? flat.build() : built;
    }

    /**
     * The exact query: each body field needs its share ({@code minMatch}) of the query's clauses, one of the
     * two fields is enough; the metadata adds to the score but never makes a section match on its own.
     * Filters are not part of it: it scores candidates that already passed them.
     */
    Query exact(TermCache cache, Analysed q, Tuning t, float minMatch) throws IOException {
        Query about = about(q.placesAsWritten());
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        if (!q.morph().isEmpty()) {
            body.add(field(cache, LuceneIndex.BODY_MORPH, q.morph(), about, minMatch, t.synonym(), t.morph()),
                    Occur.SHOULD);
        }
        if (!q.bigram().isEmpty()) {
            body.add(field(cache, LuceneIndex.BODY_BIGRAM, q.bigram(), about, minMatch, t.synonym(), t.bigram()),
                    Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(body.build(), Occur.MUST);
        if (!q.bigram().isEmpty() && t.meta() > 0) {
            b.add(field(cache, LuceneIndex.META_BIGRAM, q.bigram(), null, 0, t.synonym(), t.meta()), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Sections of the articles about the places named (their prefecture or a municipality, as the metadata
     * writes it), scoring nothing: or null when no place is named.
     */
    private static Query about(List<String> placesAsWritten) {
        if (placesAsWritten.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String p : placesAsWritten) {
            b.add(new TermQuery(new Term(LuceneIndex.PREFECTURE, p)), Occur.SHOULD);
            b.add(new TermQuery(new Term(LuceneIndex.MUNICIPALITY, p)), Occur.SHOULD);
        }
        return new BoostQuery(new ConstantScoreQuery(b.build()), 0f);
    }

    /**
     * One field's clauses, of which {@code minMatch} (a share) must be present, weighted. A term of a place
     * the question names is also present in every section of the article about that place ({@code about}):
     * a section of the 神奈川県 article seldom repeats 神奈川県. It scores only where the text holds it.
     */
    private static Query field(TermCache cache, String field, QueryTerms terms, Query about, float minMatch,
                               float synonymWeight, float weight) throws IOException {
        List<Query> clauses = clauses(cache, field, terms, synonymWeight, Long.MAX_VALUE);
        for (String t : terms.places()) {
            Query term = cache.query(field, t);
            if (about == null) {
                clauses.add(term);
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(term, Occur.SHOULD);
                either.add(about, Occur.SHOULD);
                clauses.add(either.build());
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, Occur.SHOULD));
        if (minMatch > 0) {
            b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(minMatch * clauses.size())));
        }
        return new BoostQuery(b.build(), weight);
    }

    /**
     * @param variantMaxDf a synonym group keeps its own word and the alternatives whose rarest term is in at
     *                     most this many sections
     */
    private static List<Query> clauses(TermCache cache, String field, QueryTerms terms, float synonymWeight,
                                       long variantMaxDf) throws IOException {
        List<Query> out = new ArrayList<>();
        for (String t : terms.plain()) {
            out.add(cache.query(field, t));
        }
        if (variantMaxDf != Long.MAX_VALUE) { // the candidate pass: places pick candidates like any term
            for (String t : terms.places()) {
                out.add(cache.query(field, t));
            }
        }
        for (QueryTerms.SpanTerms span : terms.spans()) {
            List<Query> variants = new ArrayList<>();
            // the query's own word stays even when common: leaving it out could leave only a rare
            // alternative to pick the candidates, and miss the sections that use the word asked about
            variants.add(word(cache, field, span.own()));
            for (List<String> alt : span.alternatives()) {
                if (variantMaxDf != Long.MAX_VALUE && minDocFreq(cache, field, alt) > variantMaxDf) {
                    continue;
                }
                // a short alternative (SN住宅: 2 bigrams) must be able to score like the long form it stands for
                float scale = Math.min(3f, (float) span.own().size() / alt.size());
                variants.add(new BoostQuery(word(cache, field, alt), Math.max(1f, scale) * synonymWeight));
            }
            out.add(new DisjunctionMaxQuery(variants, SYNONYM_TIE_BREAKER));
        }
        return out;
    }

    /**
     * One word of a synonym span (the query's own or an alternative) as a conjunction of its terms: the
     * span counts when the whole word is present. A disjunction would let one common piece (住宅 of
     * セーフティネット住宅) match most sections, which also made every such section a candidate to score.
     */
    private static Query word(TermCache cache, String field, List<String> terms) throws IOException {
        if (terms.size() == 1) {
            return cache.query(field, terms.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(cache.query(field, t), Occur.MUST);
        }
        return b.build();
    }

    /** How many sections each clause of {@link #clauses} can match, at most (a word: its rarest term). */
    private static List<Long> clauseDocFreqs(TermCache cache, String field, QueryTerms terms) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String t : terms.plain()) {
            out.add((long) cache.docFreq(field, t));
        }
        for (String t : terms.places()) {
            out.add((long) cache.docFreq(field, t));
        }
        for (QueryTerms.SpanTerms span : terms.spans()) {
            long sum = minDocFreq(cache, field, span.own());
            for (List<String> alt : span.alternatives()) {
                sum += minDocFreq(cache, field, alt);
            }
            out.add(sum);
        }
        return out;
    }

    private static long minDocFreq(TermCache cache, String field, List<String> terms) throws IOException {
        long min = Long.MAX_VALUE;
        for (String t : terms) {
            min = Math.min(min, cache.docFreq(field, t));
        }
        return min;
    }

    private static Query boost(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }

    /** The request's facet filters (prefecture, kind, theme, target group) as non-scoring clauses. */
    static void filters(BooleanQuery.Builder b, SearchRequest r) {
        filter(b, LuceneIndex.PREFECTURE, r.prefecture());
        filter(b, LuceneIndex.KIND, r.kind());
        filter(b, LuceneIndex.THEME, r.theme());
        filter(b, LuceneIndex.TARGET, r.targetGroup());
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
