package jp.banso.search.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.banso.search.Facets;
import jp.banso.search.Passage;
import jp.banso.search.SearchHit;
import jp.banso.search.SearchLimits;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Runs a search: analyses the query into terms per field (with synonym groups), builds the Lucene query
 * from those terms, collects sections, groups them by article (best passage first), counts facets over
 * every matching article and cuts snippets for the page shown.
 */
public final class SearchEngine {

    /** Sections scored exactly per search (more when a deep page needs more articles): {@code banso.search.window}. */
    private final int window;
    /**
     * Clauses matching more than this share of the sections do not pick candidates (they still score
     * them): like stop words, they would make most of the index a candidate while adding little.
     * {@code banso.search.common}.
     */
    private final double common;
    private final ExecutorService pool;
    /** A query made only of common clauses keeps its rarest few to pick candidates. */
    static final int MIN_CANDIDATE_CLAUSES = 2;
    /** A synonym group scores as its best word plus this share of the others it holds. */
    static final float SYNONYM_TIE_BREAKER = 0.1f;

    private final LuceneIndex index;
    private final Supplier<Synonyms> synonyms;
    private volatile Tuning tuning;

    public SearchEngine(LuceneIndex index, Supplier<Synonyms> synonyms, Tuning tuning) {
        this(index, synonyms, tuning, jp.banso.search.SearchSettings.DEFAULTS);
    }

    public SearchEngine(LuceneIndex index, Supplier<Synonyms> synonyms, Tuning tuning,
                        jp.banso.search.SearchSettings settings) {
        this.index = index;
        this.synonyms = synonyms;
        this.tuning = tuning;
        this.window = settings.window();
        this.common = settings.common();
        this.pool = searchPool(settings.threads());
    }

    public void tune(Tuning t) {
        this.tuning = t;
    }

    /** The analysed query: both body fields' terms plus the words to mark in snippets. */
    record Analysed(String normalized, QueryTerms morph, QueryTerms bigram, List<QueryTerms.Token> morphTokens,
                    List<Synonyms.Span> spans) {
        boolean isEmpty() {
            return morph.isEmpty() && bigram.isEmpty();
        }
    }

    /** Each field's terms of a synonym word: the same for every query, so analysed once. */
    private final Map<String, List<String>> alternativeTerms = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> alternativeTerms(Analyzer analyzer, String field, String word) {
        return alternativeTerms.computeIfAbsent(field + '\u0000' + word, k -> QueryTerms.tokens(analyzer, field, word)
                .stream().map(QueryTerms.Token::term).distinct().toList());
    }

    Analysed analyse(String query) {
        JapaneseAnalysis a = index.analysis();
        String norm = JapaneseAnalysis.normalize(query);
        List<Synonyms.Span> spans = synonyms.get().find(norm);
        List<QueryTerms.Token> morphTokens = QueryTerms.tokens(a.morphQuery, LuceneIndex.BODY_MORPH, norm);
        return new Analysed(norm,
                QueryTerms.of(morphTokens, w -> alternativeTerms(a.morphQuery, LuceneIndex.BODY_MORPH, w), spans),
                QueryTerms.of(QueryTerms.tokens(a.bigramQuery, LuceneIndex.BODY_BIGRAM, norm),
                        w -> alternativeTerms(a.bigramQuery, LuceneIndex.BODY_BIGRAM, w), spans),
                morphTokens, spans);
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
     * One field's part of the exact query: its clauses (each plain term and each synonym group), how many
     * must match, and the field's weight. A body field counts only when its share of clauses is present;
     * the metadata field ({@code body == false}) only adds to the score.
     */
    record FieldPart(List<Query> clauses, int minMatch, float weight, boolean body) {
        Query toQuery() {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            clauses.forEach(c -> b.add(c, Occur.SHOULD));
            b.setMinimumNumberShouldMatch(minMatch);
            return new BoostQuery(b.build(), weight);
        }
    }

    /** The exact query as field parts: scored clause by clause over the candidates ({@link #rescore}). */
    record Exact(List<FieldPart> parts) {
        /** The same query as one Lucene query (to run it over the whole index, as QueryLab does). */
        Query toQuery(SearchRequest r) {
            BooleanQuery.Builder required = new BooleanQuery.Builder();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (FieldPart p : parts) {
                if (p.body()) {
                    required.add(p.toQuery(), Occur.SHOULD);
                }
            }
            b.add(required.build(), Occur.MUST);
            for (FieldPart p : parts) {
                if (!p.body()) {
                    b.add(p.toQuery(), Occur.SHOULD);
                }
            }
            filters(b, r);
            return b.build();
        }
    }

    private static FieldPart fieldPart(TermCache cache, String field, QueryTerms terms, float minMatch,
                                       float synonymWeight, float weight, boolean body) throws IOException {
        List<Query> clauses = clauses(cache, field, terms, synonymWeight, Long.MAX_VALUE);
        return new FieldPart(clauses, Math.max(1, (int) Math.ceil(minMatch * clauses.size())), weight, body);
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
        for (QueryTerms.SpanTerms span : terms.spans()) {
            List<Query> variants = new ArrayList<>();
            for (int v : keptVariants(cache, field, span, variantMaxDf)) {
                if (v == 0) {
                    variants.add(bag(cache, field, span.own()));
                } else {
                    List<String> alt = span.alternatives().get(v - 1);
                    // a short alternative (SN住宅: 2 bigrams) must be able to score like the long form it stands for
                    float scale = Math.min(3f, (float) span.own().size() / alt.size());
                    variants.add(new BoostQuery(bag(cache, field, alt), Math.max(1f, scale) * synonymWeight));
                }
            }
            out.add(new DisjunctionMaxQuery(variants, SYNONYM_TIE_BREAKER));
        }
        return out;
    }

    /**
     * The span's variants (0: its own word, always; i: alternative i-1) whose rarest term is within the
     * limit. The query's own word stays even when common: leaving it out could leave only a rare
     * alternative to pick the candidates, and miss the sections that use the word asked about.
     */
    private static List<Integer> keptVariants(TermCache cache, String field, QueryTerms.SpanTerms span, long maxDf)
            throws IOException {
        List<Integer> kept = new ArrayList<>();
        kept.add(0);
        for (int v = 1; v <= span.alternatives().size(); v++) {
            if (maxDf == Long.MAX_VALUE || minDocFreq(cache, field, span.alternatives().get(v - 1)) <= maxDf) {
                kept.add(v);
            }
        }
        return kept;
    }

    /**
     * The first, fast pass: every body clause of both fields as one flat disjunction, so that Lucene can
     * skip sections that cannot reach the top (MaxScore/WAND over impacts). Nested per-field
     * minimum-should-match disjunctions (the exact query) cannot be skipped like this.
     */
    Query candidateQuery(TermCache cache, int numDocs, Analysed q, SearchRequest r) throws IOException {
        Tuning t = tuning;
        record Clause(Query query, long df) {
        }
        List<Clause> all = new ArrayList<>();
        // a common word of a synonym group (登録住宅: 登録 and 住宅) would make a large share of the index a
        // candidate to score one by one: like common clauses, it scores the candidates but does not pick them
        long variantMax = (long) (common * numDocs);
        for (var fieldTerms : List.of(Map.entry(LuceneIndex.BODY_MORPH, q.morph()), Map.entry(LuceneIndex.BODY_BIGRAM, q.bigram()))) {
            String field = fieldTerms.getKey();
            float weight = field.equals(LuceneIndex.BODY_MORPH) ? t.morph() : t.bigram();
            List<Query> cl = clauses(cache, field, fieldTerms.getValue(), t.synonym(), variantMax);
            // whether a synonym group picks candidates depends on all its words: its common alternatives are
            // left out of the clause above, not out of this count
            List<Long> dfs = clauseDocFreqs(cache, field, fieldTerms.getValue());
            for (int i = 0; i < cl.size(); i++) {
                all.add(new Clause(boost(cl.get(i), weight), dfs.get(i)));
            }
        }
        long max = (long) (common * numDocs);
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

    /** How many sections each clause of {@link #clauses} can match, at most (a word: its rarest term). */
    private static List<Long> clauseDocFreqs(TermCache cache, String field, QueryTerms terms) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String t : terms.plain()) {
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

    /**
     * One word of a synonym span (the query's own or an alternative) as a conjunction of its terms: the
     * span counts when the whole word is present. A disjunction would let one common piece (住宅 of
     * セーフティネット住宅) match most sections, which also made every such section a candidate to score.
     */
    static Query bag(TermCache cache, String field, List<String> terms) throws IOException {
        if (terms.size() == 1) {
            return cache.query(field, terms.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(cache.query(field, t), Occur.MUST);
        }
        return b.build();
    }

    /**
     * The exact query: each body field needs its share ({@code minMatch}) of the query's clauses; the
     * metadata adds to the score but never makes a section match on its own. Filters are not part of it:
     * the candidates already passed them.
     */
    Exact buildExact(TermCache cache, Analysed q, float minMatch) throws IOException {
        Tuning t = tuning;
        List<FieldPart> parts = new ArrayList<>();
        if (!q.morph().isEmpty()) {
            parts.add(fieldPart(cache, LuceneIndex.BODY_MORPH, q.morph(), minMatch, t.synonym(), t.morph(), true));
        }
        if (!q.bigram().isEmpty()) {
            parts.add(fieldPart(cache, LuceneIndex.BODY_BIGRAM, q.bigram(), minMatch, t.synonym(), t.bigram(), true));
            if (t.meta() > 0) {
                parts.add(fieldPart(cache, LuceneIndex.META_BIGRAM, q.bigram(), 0, t.synonym(), t.meta(), false));
            }
        }
        return new Exact(parts);
    }

    /** The request's facet filters (prefecture, kind, theme, target group) as non-scoring clauses. */
    private static void filters(BooleanQuery.Builder b, SearchRequest r) {
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

    /**
     * Threads that run searches, for the whole application: one per core and one more. A search is pure
     * CPU work, so more at a time only share the cores and all of them finish late; beyond this, searches
     * wait in a queue, first come first served. Worker threads take the next search without waiting to be
     * woken, which a semaphore in the callers' threads did not achieve (docs/search.md, "Third pass").
     */
    private static final Map<Integer, ExecutorService> POOLS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One pool per thread count for the whole JVM (tests and benchmarks make many engines). */
    private static ExecutorService searchPool(int threads) {
        return POOLS.computeIfAbsent(threads, SearchEngine::newPool);
    }

    private static ExecutorService newPool(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "search-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Searches (on a search thread, the caller waiting); the request is already validated by the service. */
    public SearchResult search(SearchRequest r) throws IOException {
        if (Thread.interrupted()) {
            // Future.get would return a search that finished quickly, however interrupted the caller was
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted before the search");
        }
        Future<SearchResult> f = pool.submit(() -> searchHere(r));
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the search");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    private SearchResult searchHere(SearchRequest r) throws IOException {
        Analysed q = analyse(r.query());
        if (q.isEmpty()) {
            return SearchResult.empty(r.query());
        }
        IndexSearcher searcher = index.acquire();
        try {
            boolean relaxed = false;
            TermCache cache = new TermCache(searcher);
            Query candidates = candidateQuery(cache, searcher.getIndexReader().numDocs(), q, r);
            // the relaxed pass scores the same candidates: they are searched once
            Map<Integer, ScoreDoc[]> candidateTops = new HashMap<>();
            Collected c = collect(searcher, candidates, candidateTops, buildExact(cache, q, tuning.minMatch()),
                    r.offset() + r.limit());
            if (c.articles.isEmpty()) {
                relaxed = true;
                c = collect(searcher, candidates, candidateTops, buildExact(cache, q, 0f), r.offset() + r.limit());
            }
            c = placesFirst(c, PlaceNames.mentioned(q.normalized(), knownPlaces()));
            List<String> didYouMean = c.articles.size() < 3 ? didYouMean(searcher, q) : List.of();
            List<SearchHit> hits = page(searcher, cache, q, c, r.offset(), r.limit());
            return new SearchResult(r.query(), c.slugs.size(), r.offset(), hits, facets(c.slugs), relaxed, didYouMean);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * An article about a place the question names (its prefecture or one of its municipalities) gains
     * {@link #PLACE_BOOST} times its score: asked about 沖縄市's 意見交換会, 沖縄市's article comes before another
     * council's whose passage repeats more of the phrasing. BM25 over the body cannot tell a place from
     * any other word. Measured (docs/search.md): unseen recall@1 0.825 / 0.850 / 0.900 / 0.900 at 0.5 / 1 /
     * 2 / 4, held-out 0.880 / 0.880 / 0.900 / 0.900; at 100 (place strictly first) unseen facts fall 0.838 → 0.811.
     */
    static final double PLACE_BOOST = 2.0;

    private volatile Map.Entry<Long, Set<String>> knownPlaces;

    private Set<String> knownPlaces() {
        Map.Entry<Long, Set<String>> k = knownPlaces;
        long gen = index.generation();
        if (k == null || k.getKey() != gen) {
            k = Map.entry(gen, PlaceNames.known(index.articles().values()));
            knownPlaces = k;
        }
        return k.getValue();
    }

    private Collected placesFirst(Collected c, Set<String> places) {
        if (places.isEmpty() || c.articles.size() < 2) {
            return c;
        }
        Map<String, Double> score = new HashMap<>();
        for (var e : c.articles.entrySet()) {
            ArticleInfo info = index.articles().get(e.getKey());
            double s = e.getValue().get(0).score;
            score.put(e.getKey(), info != null && PlaceNames.about(info, places) ? s * (1 + PLACE_BOOST) : s);
        }
        List<String> order = new ArrayList<>(c.articles.keySet());
        order.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        LinkedHashMap<String, List<ScoreDoc>> sorted = new LinkedHashMap<>();
        order.forEach(slug -> sorted.put(slug, c.articles.get(slug)));
        return new Collected(sorted, c.slugs);
    }

    /** Sections of the top articles, grouped, and the slugs of the articles counted. */
    private record Collected(LinkedHashMap<String, List<ScoreDoc>> articles, Set<String> slugs) {
    }

    /**
     * Two passes. The fast flat disjunction ({@link #candidateQuery}) picks the best {@link #window}
     * sections (more when a deep page needs more articles); the exact query (each body field needing its
     * share of the query's terms, headings and metadata adding to the score) then scores only those, and
     * decides which match and in which order. The window also bounds the total and the facets: counting
     * every weak match of a common bigram would cost a full pass over the index and say little.
     */
    @SuppressWarnings("deprecation")
    private Collected collect(IndexSearcher searcher, Query candidates, Map<Integer, ScoreDoc[]> candidateTops,
                              Exact exact, int articlesNeeded) throws IOException {
        int k = Math.max(window, articlesNeeded * 4);
        List<List<Plan>> exactWeights = null;
        while (true) {
            ScoreDoc[] top = candidateTops.get(k);
            if (top == null) {
                TopScoreDocCollector collector = TopScoreDocCollector.create(k, k);
                searcher.search(candidates, collector);
                top = collector.topDocs().scoreDocs;
                candidateTops.put(k, top);
            }
            if (exactWeights == null) {
                exactWeights = weights(searcher, exact);
            }
            LinkedHashMap<String, List<ScoreDoc>> grouped = group(searcher.getIndexReader(),
                    rescore(searcher, exact, exactWeights, top));
            // when no candidate is exact, deeper ones rarely are: the relaxed search answers instead
            if (top.length < k || grouped.isEmpty() || grouped.size() >= articlesNeeded || k >= 64 * window) {
                return new Collected(grouped, grouped.keySet());
            }
            k *= 4;
        }
    }

    /** Each field part's clauses as plans down to their terms, the field's weight folded into the terms. */
    static List<List<Plan>> weights(IndexSearcher searcher, Exact exact) throws IOException {
        List<List<Plan>> out = new ArrayList<>();
        for (FieldPart p : exact.parts()) {
            List<Plan> plans = new ArrayList<>();
            for (Query c : p.clauses()) {
                plans.add(plan(searcher, c, p.weight()));
            }
            out.add(plans);
        }
        return out;
    }

    /**
     * A clause taken apart the way Lucene would score it: terms (with the product of the boosts above
     * them), conjunctions (a synonym's whole word) and maximum-of disjunctions (a synonym group). Anything
     * else stays one Lucene weight.
     */
    sealed interface Plan permits WeightPlan, AllPlan, MaxPlan {
        Probe probe(LeafReaderContext leaf) throws IOException;
    }

    record AllPlan(List<Plan> parts) implements Plan {
        public Probe probe(LeafReaderContext leaf) throws IOException {
            Probe[] ps = new Probe[parts.size()];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = parts.get(i).probe(leaf);
                if (ps[i] == Probe.NEVER) {
                    return Probe.NEVER;
                }
            }
            // the rarest term first: the others are moved only to the sections it holds
            Arrays.sort(ps, Comparator.comparingLong(Probe::cost));
            return new AllProbe(ps);
        }
    }

    record MaxPlan(List<Plan> parts, float tieBreaker) implements Plan {
        public Probe probe(LeafReaderContext leaf) throws IOException {
            List<Probe> ps = new ArrayList<>();
            for (Plan p : parts) {
                Probe probe = p.probe(leaf);
                if (probe != Probe.NEVER) {
                    ps.add(probe);
                }
            }
            return ps.isEmpty() ? Probe.NEVER : new MaxProbe(ps.toArray(Probe[]::new), tieBreaker);
        }
    }

    /** A term, or any other clause, as one Lucene weight. */
    record WeightPlan(Weight weight) implements Plan {
        public Probe probe(LeafReaderContext leaf) throws IOException {
            Scorer sc = weight.scorer(leaf);
            return sc == null ? Probe.NEVER : new ScorerProbe(sc);
        }
    }

    private static Plan plan(IndexSearcher searcher, Query q, float boost) throws IOException {
        if (q instanceof BoostQuery b) {
            return plan(searcher, b.getQuery(), boost * b.getBoost());
        }
        if (q instanceof TermQuery) {
            return new WeightPlan(searcher.createWeight(q, ScoreMode.COMPLETE, boost));
        }
        if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0 && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
            List<Plan> parts = new ArrayList<>();
            for (var c : bq.clauses()) {
                parts.add(plan(searcher, c.getQuery(), boost));
            }
            return new AllPlan(parts);
        }
        if (q instanceof DisjunctionMaxQuery dm && !dm.getDisjuncts().isEmpty()) {
            List<Plan> parts = new ArrayList<>();
            for (Query d : dm.getDisjuncts()) {
                parts.add(plan(searcher, d, boost));
            }
            return new MaxPlan(parts, dm.getTieBreakerMultiplier());
        }
        return new WeightPlan(searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, boost));
    }

    /**
     * The exact scores of the candidates that match the exact query, best first. Scored clause by clause
     * and term by term: each term's postings move forward through the sorted candidates only, and each is
     * asked about one section at a time, so a conjunction or a disjunction never runs ahead looking for its
     * next match (Lucene's iterators would). A section's score is the sum over the body fields whose share
     * of clauses it holds, plus the metadata: what the nested Lucene query ({@link Exact#toQuery}) computes.
     */
    static ScoreDoc[] rescore(IndexSearcher searcher, Exact exact, List<List<Plan>> plans, ScoreDoc[] candidates)
            throws IOException {
        ScoreDoc[] byDoc = candidates.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<ScoreDoc> out = new ArrayList<>(byDoc.length);
        List<FieldPart> parts = exact.parts();
        int i = 0;
        while (i < byDoc.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Probe[][] probes = new Probe[parts.size()][];
            for (int p = 0; p < parts.size(); p++) {
                List<Plan> ps = plans.get(p);
                probes[p] = new Probe[ps.size()];
                for (int c = 0; c < ps.size(); c++) {
                    probes[p][c] = ps.get(c).probe(leaf);
                }
            }
            for (; i < byDoc.length && byDoc[i].doc < end; i++) {
                int target = byDoc[i].doc - leaf.docBase;
                boolean matches = false;
                double score = 0;
                for (int p = 0; p < parts.size(); p++) {
                    int matched = 0;
                    double sum = 0;
                    for (Probe probe : probes[p]) {
                        if (probe.at(target)) {
                            matched++;
                            sum += probe.score();
                        }
                    }
                    FieldPart part = parts.get(p);
                    if (!part.body()) {
                        score += sum;
                    } else if (matched >= part.minMatch()) {
                        matches = true;
                        score += sum;
                    }
                }
                if (matches) {
                    out.add(new ScoreDoc(byDoc[i].doc, (float) score));
                }
            }
        }
        out.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed().thenComparingInt(d -> d.doc));
        return out.toArray(ScoreDoc[]::new);
    }

    /** A clause in one segment, asked about increasing sections: whether it matches there, and its score. */
    private abstract static class Probe {
        static final Probe NEVER = new Probe() {
            boolean at(int target) {
                return false;
            }

            float score() {
                return 0;
            }

            long cost() {
                return 0;
            }
        };

        /** About how many sections it can match (to check the rarest part of a conjunction first). */
        abstract long cost();

        /** Moves to {@code target} (never back); whether the clause matches there. */
        abstract boolean at(int target) throws IOException;

        /** The score at the section of the last {@code at} that returned true. */
        abstract float score() throws IOException;
    }

    private static final class ScorerProbe extends Probe {
        final Scorer scorer;
        private final TwoPhaseIterator twoPhase;
        private final DocIdSetIterator approximation;

        ScorerProbe(Scorer scorer) {
            this.scorer = scorer;
            this.twoPhase = scorer.twoPhaseIterator();
            this.approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        boolean at(int target) throws IOException {
            int doc = approximation.docID();
            if (doc < target) {
                doc = approximation.advance(target);
            }
            return doc == target && (twoPhase == null || twoPhase.matches());
        }

        float score() throws IOException {
            return scorer.score();
        }

        long cost() {
            return approximation.cost();
        }
    }

    /** A whole word: every term at the section; the score is their sum, as a conjunction's. */
    private static final class AllProbe extends Probe {
        private final Probe[] parts;

        AllProbe(Probe[] parts) {
            this.parts = parts;
        }

        boolean at(int target) throws IOException {
            for (Probe p : parts) {
                if (!p.at(target)) {
                    return false;
                }
            }
            return true;
        }

        float score() throws IOException {
            double sum = 0;
            for (Probe p : parts) {
                sum += p.score();
            }
            return (float) sum;
        }

        long cost() {
            return parts[0].cost();
        }
    }

    /** A synonym group: the best variant's score plus the tie-breaker share of the others', as DisjunctionMax. */
    private static final class MaxProbe extends Probe {
        private final Probe[] parts;
        private final boolean[] matched;
        private final float tieBreaker;

        MaxProbe(Probe[] parts, float tieBreaker) {
            this.parts = parts;
            this.matched = new boolean[parts.length];
            this.tieBreaker = tieBreaker;
        }

        boolean at(int target) throws IOException {
            boolean any = false;
            for (int i = 0; i < parts.length; i++) {
                matched[i] = parts[i].at(target);
                any |= matched[i];
            }
            return any;
        }

        float score() throws IOException {
            float max = 0;
            double others = 0;
            for (int i = 0; i < parts.length; i++) {
                if (matched[i]) {
                    float s = parts[i].score();
                    if (s > max) {
                        others += max;
                        max = s;
                    } else {
                        others += s;
                    }
                }
            }
            return (float) (max + others * tieBreaker);
        }

        long cost() {
            long sum = 0;
            for (Probe p : parts) {
                sum += p.cost();
            }
            return sum;
        }
    }

    /**
     * Scenarios and playbooks retell the cases in other words and link to them: on a tie with the case passage
     * they repeat, the case (the source) should come first. Their sections' scores are multiplied by this; a
     * question about what to do still finds the playbook step (measured: docs/search.md, "Derived kinds").
     */
    static final float DERIVED_KIND_WEIGHT = 0.4f;
    private static final Set<String> DERIVED_KINDS = Set.of("scenario", "playbook");

    private LinkedHashMap<String, List<ScoreDoc>> group(IndexReader reader, ScoreDoc[] docs) throws IOException {
        LinkedHashMap<String, List<ScoreDoc>> grouped = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        ScoreDoc[] byDoc = docs.clone();
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(d -> d.doc));
        Map<ScoreDoc, String> slugOf = new java.util.IdentityHashMap<>();
        int li = -1;
        SortedDocValues dv = null;
        for (ScoreDoc sd : byDoc) {
            int leafIndex = ReaderUtil.subIndex(sd.doc, leaves);
            if (leafIndex != li) {
                li = leafIndex;
                dv = DocValues.getSorted(leaves.get(li).reader(), LuceneIndex.SLUG);
            }
            if (dv.advanceExact(sd.doc - leaves.get(li).docBase)) {
                slugOf.put(sd, dv.lookupOrd(dv.ordValue()).utf8ToString());
            }
        }
        Map<String, ArticleInfo> infos = index.articles();
        List<ScoreDoc> ordered = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            String slug = slugOf.get(sd);
            ArticleInfo info = slug == null ? null : infos.get(slug);
            if (info != null && DERIVED_KINDS.contains(info.kind())) {
                sd.score *= DERIVED_KIND_WEIGHT;
            }
            ordered.add(sd);
        }
        ordered.sort(java.util.Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed());
        for (ScoreDoc sd : ordered) {
            String slug = slugOf.get(sd);
            if (slug != null) {
                grouped.computeIfAbsent(slug, s -> new ArrayList<>()).add(sd);
            }
        }
        return grouped;
    }

    private List<SearchHit> page(IndexSearcher searcher, TermCache cache, Analysed q, Collected c, int offset,
                                 int limit) throws IOException {
        Map<String, Double> words = markWords(cache, searcher.getIndexReader().numDocs(), q);
        AnswerFocus focus = AnswerFocus.of(q.normalized());
        String question = index.analysis().stripQuestion(q.normalized());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        int i = 0;
        for (var e : c.articles.entrySet()) {
            if (i++ < offset) {
                continue;
            }
            if (hits.size() >= limit) {
                break;
            }
            List<ScoreDoc> sections = e.getValue();
            ArticleInfo info = index.articles().get(e.getKey());
            if (info == null) {
                continue; // withdrawn between the search and now
            }
            QuestionEcho echo = QuestionEcho.of(question, context(info));
            List<Passage> passages = new ArrayList<>();
            for (ScoreDoc sd : sections.subList(0, Math.min(sections.size(), 1 + SearchLimits.MORE_PASSAGES))) {
                Document d = stored.document(sd.doc, Set.of(LuceneIndex.ANCHOR, LuceneIndex.SECTION, LuceneIndex.TEXT));
                passages.add(new Passage(d.get(LuceneIndex.SECTION), d.get(LuceneIndex.ANCHOR),
                        SnippetMaker.make(d.get(LuceneIndex.TEXT), words, focus, echo), sd.score));
            }
            rankPassages(passages, words, focus, info, echo);
            hits.add(new SearchHit(info.slug(), info.title(), info.prefecture(), info.municipalities(), info.kind(),
                    passages.get(0), passages.subList(1, passages.size()), sections.get(0).score));
        }
        return hits;
    }

    /**
     * Orders an article's passages by how well their snippets answer: the weight of the query words they
     * hold, leaving out words the article itself already names (its title, prefecture, municipalities: asked
     * about 長野県, every passage of the 長野県 article is about 長野県), plus a bonus when the question asks
     * for a figure or a date and the snippet holds one. Lucene's order breaks ties.
     */
    static void rankPassages(List<Passage> passages, Map<String, Double> words, AnswerFocus focus, ArticleInfo info) {
        rankPassages(passages, words, focus, info, QuestionEcho.NONE);
    }

    private static String context(ArticleInfo info) {
        return JapaneseAnalysis.normalize(info.title() + " " + info.prefecture() + " "
                + String.join(" ", info.municipalities()));
    }

    static void rankPassages(List<Passage> passages, Map<String, Double> words, AnswerFocus focus, ArticleInfo info,
                             QuestionEcho echo) {
        if (passages.size() < 2) {
            return;
        }
        String context = context(info);
        double maxWeight = words.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Passage, Double> value = new HashMap<>();
        for (Passage p : passages) {
            StringBuilder sb = new StringBuilder();
            p.snippet().parts().forEach(part -> sb.append(part.text()));
            String text = JapaneseAnalysis.normalize(sb.toString());
            double v = 0;
            for (var w : words.entrySet()) {
                if (!w.getKey().isEmpty() && !context.contains(w.getKey()) && text.contains(w.getKey())) {
                    v += w.getValue();
                }
            }
            if (focus != AnswerFocus.NONE && focus.answeredBy(text)) {
                v += maxWeight;
            }
            v += maxWeight * echo.strength(text);
            value.put(p, v);
        }
        List<Passage> ordered = new ArrayList<>(passages);
        ordered.sort((a, b) -> Double.compare(value.get(b), value.get(a))); // stable: Lucene order on ties
        passages.clear();
        passages.addAll(ordered);
    }


    /**
     * Words to mark: the query's content words as written (from kuromoji offsets) and the synonyms found,
     * weighted by rarity in the index so the passage picker prefers the sentence with the telling words.
     */
    Map<String, Double> markWords(TermCache cache, int numDocs, Analysed q) throws IOException {
        Map<String, Double> words = new HashMap<>();
        int n = Math.max(1, numDocs);
        for (QueryTerms.Token t : q.morphTokens()) {
            String surface = q.normalized().substring(t.start(), t.end());
            if (surface.codePointCount(0, surface.length()) < 2 && !isHan(surface)) {
                continue;
            }
            int df = cache.docFreq(LuceneIndex.BODY_MORPH, t.term());
            words.merge(surface, idf(df, n), Math::max);
            if (!t.term().equals(surface)) {
                words.merge(t.term(), idf(df, n), Math::max);
            }
        }
        for (Synonyms.Span s : q.spans()) {
            double w = 2.0 * Math.log(1 + n);
            words.merge(s.word(), w, Math::max);
            s.alternatives().forEach(a -> words.merge(a, w, Math::max));
        }
        return words;
    }

    /** Whether two words are written in the same scripts, letter class by letter class (漢字+ひらがな …). */
    static boolean sameScripts(String a, String b) {
        return scripts(a).equals(scripts(b));
    }

    private static String scripts(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> cp != 'ー').forEach(cp -> { // the long-vowel mark belongs to any kana
            char c = switch (Character.UnicodeScript.of(cp)) {
                case HAN -> 'H';
                case HIRAGANA -> 'h';
                case KATAKANA -> 'k';
                case LATIN -> 'L';
                default -> Character.isDigit(cp) ? 'd' : 'o';
            };
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        });
        return sb.toString();
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private Facets facets(Set<String> slugs) {
        Map<String, Integer> pref = new HashMap<>();
        Map<String, Integer> kind = new HashMap<>();
        Map<String, Integer> theme = new HashMap<>();
        Map<String, Integer> target = new HashMap<>();
        for (String slug : slugs) {
            ArticleInfo a = index.articles().get(slug);
            if (a == null) {
                continue;
            }
            if (a.prefecture() != null && !a.prefecture().isEmpty()) {
                pref.merge(a.prefecture(), 1, Integer::sum);
            }
            kind.merge(a.kind(), 1, Integer::sum);
            a.themes().forEach(t -> theme.merge(t, 1, Integer::sum));
            a.targetGroups().forEach(t -> target.merge(t, 1, Integer::sum));
        }
        Function<Map<String, Integer>, List<Facets.Count>> sorted = m -> m.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Facets.Count(e.getKey(), e.getValue()))
                .toList();
        return new Facets(sorted.apply(pref), sorted.apply(kind), sorted.apply(theme), sorted.apply(target));
    }

    /** "Did you mean": close spellings of query words the index lacks, from the kuromoji field's terms. */
    private List<String> didYouMean(IndexSearcher searcher, Analysed q) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(2);
        spell.setMinPrefix(0);
        String stripped = index.analysis().stripQuestion(q.normalized());
        List<String> out = new ArrayList<>();
        String corrected = stripped;
        boolean changed = false;
        for (QueryTerms.Token t : QueryTerms.tokens(index.analysis().morph, LuceneIndex.BODY_MORPH, stripped)) {
            if (reader.docFreq(new Term(LuceneIndex.BODY_MORPH, t.term())) > 0) {
                continue;
            }
            SuggestWord[] s = spell.suggestSimilar(new Term(LuceneIndex.BODY_MORPH, t.term()), 1, reader);
            String surface = stripped.substring(t.start(), t.end());
            // 回収 → 回る is close in letters but not a spelling of it: a correction keeps the word's scripts
            if (s.length > 0 && !surface.isEmpty() && sameScripts(surface, s[0].string)) {
                corrected = corrected.replace(surface, s[0].string);
                changed = true;
            }
        }
        if (changed && !corrected.equals(stripped)) {
            out.add(corrected);
        }
        return out;
    }
}
