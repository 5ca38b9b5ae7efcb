package jp.banso.search.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.banso.search.Facets;
import jp.banso.search.SearchHit;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchResult;
import jp.banso.search.SearchSettings;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Runs a search on a search thread: {@link QueryBuilder} analyses the text and builds the candidate and
 * exact queries, {@link Ranking} picks and rescores the sections and groups them by article,
 * {@link Passages} cuts the snippets of the page shown, and the facets count the matching articles.
 * When nothing matches exactly, the relaxed exact query (one clause is enough) answers and the result says
 * so; with few articles, {@link Suggestions#didYouMean} offers corrections.
 */
public final class SearchEngine {

    private final LuceneIndex index;
    private final QueryBuilder queries;
    private final Ranking ranking;
    private final Passages passages;
    /**
     * Clauses matching more than this share of the sections do not pick candidates (they still score
     * them): like stop words, they would make most of the index a candidate while adding little.
     * {@code banso.search.common}.
     */
    private final double common;
    /** Sections the exact query scores per search: {@code banso.search.window}. */
    private final int window;
    private final ExecutorService pool;
    private volatile Tuning tuning;

    public SearchEngine(LuceneIndex index, Supplier<Synonyms> synonyms, Tuning tuning) {
        this(index, synonyms, tuning, SearchSettings.DEFAULTS);
    }

    public SearchEngine(LuceneIndex index, Supplier<Synonyms> synonyms, Tuning tuning, SearchSettings settings) {
        this.index = index;
        this.queries = new QueryBuilder(index, synonyms);
        this.ranking = new Ranking(index, settings.window());
        this.passages = new Passages(index);
        this.tuning = tuning;
        this.common = settings.common();
        this.window = settings.window();
        this.pool = searchPool(settings.threads());
    }

    public void tune(Tuning t) {
        this.tuning = t;
    }

    /**
     * Threads that run searches, for the whole application: one per core and one more. A search is pure
     * CPU work, so more at a time only share the cores and all of them finish late; beyond this, searches
     * wait in a queue, first come first served. Worker threads take the next search without waiting to be
     * woken, which a semaphore in the callers' threads did not achieve (docs/search-notes.md, "Third pass").
     */
    private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

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
        QueryBuilder.Analysed q = queries.analyse(r.query());
        if (q.isEmpty()) {
            return SearchResult.empty(r.query());
        }
        Tuning t = tuning;
        Set<String> places = q.places();
        IndexSearcher searcher = index.acquire();
        try {
            QueryBuilder.TermCache cache = new QueryBuilder.TermCache(searcher);
            Query candidates = queries.candidates(cache, searcher.getIndexReader().numDocs(), q, r, t, common, window);
            // the relaxed pass scores the same candidates: they are searched once
            Map<Integer, ScoreDoc[]> candidateTops = new HashMap<>();
            int needed = r.offset() + r.limit();
            Ranking.Collected c = ranking.collect(searcher, candidates, candidateTops,
                    ranking.weighted(queries.exact(cache, q, t, t.minMatch()), places), needed);
            boolean relaxed = c.articles().isEmpty();
            if (relaxed) {
                c = ranking.collect(searcher, candidates, candidateTops,
                        ranking.weighted(queries.exact(cache, q, t, 0f), places), needed);
            }
            List<String> didYouMean = c.articles().size() < 3
                    ? Suggestions.didYouMean(searcher, index.analysis(), q.normalized()) : List.of();
            List<SearchHit> hits = passages.page(searcher, cache, q, c.articles(), r.offset(), r.limit());
            return new SearchResult(r.query(), c.slugs().size(), r.offset(), hits, facets(c.slugs()), relaxed,
                    didYouMean);
        } finally {
            index.release(searcher);
        }
    }

    /** The query builder (for the labs that look at one pass). */
    QueryBuilder queries() {
        return queries;
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
}
