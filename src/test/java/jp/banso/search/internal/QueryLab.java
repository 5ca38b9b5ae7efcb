package jp.banso.search.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.banso.search.SearchEval;
import jp.banso.search.SearchRequest;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.index.Term;

/** Hand-run: times query shapes on a benchmark index left by SearchBenchmark (target/bench-index-N). */
public final class QueryLab {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (LuceneIndex index = LuceneIndex.open(Path.of("target/bench-index-" + n), new JapaneseAnalysis())) {
            if (index.needsRebuild()) {
                throw new IllegalStateException("run SearchBenchmark " + n + " first");
            }
            Synonyms syn = Synonyms.shippedPlus(List.of());
            float head = Float.parseFloat(System.getProperty("lab.head", "0.2"));
            Tuning d = Tuning.DEFAULT;
            SearchEngine engine = new SearchEngine(index, () -> syn,
                    new Tuning(d.morph(), d.bigram(), head, head, d.meta(), d.minMatch(), d.synonym()));
            List<String> queries = new ArrayList<>();
            SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
            SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
            List<SearchEngine.Analysed> analysed = queries.stream().map(engine::analyse).toList();
            SearchRequest none = SearchRequest.of("x");
            IndexSearcher s = index.acquire();
            for (String v : args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[] {"full"}) {
                Function<SearchEngine.Analysed, Query> shape;
                int k;
                String[] p = v.split(":");
                k = p.length > 1 ? Integer.parseInt(p[1]) : 1000;
                switch (p[0]) {
                    case "full" -> shape = null;
                    case "strict" -> shape = a -> engine.buildQuery(a, none, Tuning.DEFAULT.minMatch());
                    case "strictbody" -> shape = a -> engine.buildQuery(a, none, Tuning.DEFAULT.minMatch(), false);
                    case "flat" -> shape = QueryLab::flat;
                    case "cand" -> shape = a -> {
                        try {
                            return engine.candidateQuery(s.getIndexReader(), a, none);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    };
                    case "flatnospan" -> shape = a -> flat(new SearchEngine.Analysed(a.normalized(),
                            new QueryTerms(a.morph().plain(), List.of()), new QueryTerms(a.bigram().plain(), List.of()),
                            a.headMorph(), a.headBigram(), a.spans()));
                    default -> throw new IllegalArgumentException(v);
                }
                long[] ns = new long[Integer.getInteger("runs", 600)];
                long[] cpu = new long[ns.length];
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = -200; i < ns.length; i++) {
                    SearchEngine.Analysed a = analysed.get(Math.floorMod(i, analysed.size()));
                    long t = System.nanoTime();
                    long tc = threads.getCurrentThreadCpuTime();
                    if (shape == null) {
                        engine.search(SearchRequest.of(queries.get(Math.floorMod(i, queries.size()))));
                    } else {
                        TopScoreDocCollector c = TopScoreDocCollector.create(k, k);
                        s.search(shape.apply(a), c);
                        c.topDocs();
                    }
                    if (i >= 0) {
                        ns[i] = System.nanoTime() - t;
                        cpu[i] = threads.getCurrentThreadCpuTime() - tc;
                    }
                }
                if (Boolean.getBoolean("perQuery") && shape != null) {
                    for (int qi = 0; qi < analysed.size(); qi++) {
                        SearchEngine.Analysed a = analysed.get(qi);
                        long t = System.nanoTime();
                        TopScoreDocCollector c = TopScoreDocCollector.create(k, k);
                        for (int rep = 0; rep < 5; rep++) {
                            c = TopScoreDocCollector.create(k, k);
                            s.search(shape.apply(a), c);
                        }
                        System.out.printf(Locale.ROOT, "  %6.2fms ja=%d bi=%d hits=%s %s%n", (System.nanoTime() - t) / 5e6,
                                a.morph().clauseCount(), a.bigram().clauseCount(), c.topDocs().totalHits, queries.get(qi));
                    }
                }
                Arrays.sort(ns);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-16s p50=%.2fms p95=%.2fms p99=%.2fms  cpu p50=%.2fms p95=%.2fms  load %.2f%n",
                        v, ns[ns.length / 2] / 1e6, ns[ns.length * 95 / 100] / 1e6, ns[ns.length * 99 / 100] / 1e6,
                        cpu[cpu.length / 2] / 1e6, cpu[cpu.length * 95 / 100] / 1e6,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            index.release(s);
        }
    }

    /** One flat disjunction over both body fields: every term (or synonym group) a top-level clause. */
    static Query flat(SearchEngine.Analysed a) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, LuceneIndex.BODY_MORPH, a.morph());
        add(b, LuceneIndex.BODY_BIGRAM, a.bigram());
        return b.build();
    }

    private static void add(BooleanQuery.Builder b, String field, QueryTerms terms) {
        for (String t : terms.plain()) {
            b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        for (QueryTerms.SpanTerms span : terms.spans()) {
            List<Query> variants = new ArrayList<>();
            variants.add(bag(field, span.own()));
            for (List<String> alt : span.alternatives()) {
                float scale = Math.min(3f, (float) span.own().size() / alt.size());
                variants.add(new BoostQuery(bag(field, alt), Math.max(1f, scale)));
            }
            b.add(new DisjunctionMaxQuery(variants, 0.1f), Occur.SHOULD);
        }
    }

    private static Query bag(String field, List<String> terms) {
        return SearchEngine.bag(field, terms);
    }
}
