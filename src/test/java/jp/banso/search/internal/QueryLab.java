package jp.banso.search.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.banso.search.SearchEval;
import jp.banso.search.SearchRequest;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopScoreDocCollector;

/**
 * Hand-run: times the whole search ({@code full}) or only the candidate pass ({@code cand:K}) on a
 * benchmark index left by SearchBenchmark (target/bench-index-N), wall-clock and thread CPU time (the
 * latter says more when other work shares the machine). {@code -DperQuery=true} lists each query.
 * <pre>java -Xmx512m -cp ... jp.banso.search.internal.QueryLab 100000 full cand:100</pre>
 */
public final class QueryLab {

    /**
     * How close the two passes come to the exact query run over the whole index: the share of the exact
     * top 10 sections the two passes also return in their top 10, and of the exact best section.
     */
    static void agreement(LuceneIndex index, SearchEngine engine, List<String> queries) throws Exception {
        IndexSearcher s = index.acquire();
        try {
            SearchRequest none = SearchRequest.of("x");
            double overlap = 0;
            int top1 = 0;
            for (String query : queries) {
                QueryBuilder.Analysed a = engine.queries().analyse(query);
                QueryBuilder.TermCache cache = new QueryBuilder.TermCache(s);
                org.apache.lucene.search.Query exact = engine.queries().exact(cache, a, Tuning.DEFAULT, Tuning.DEFAULT.minMatch());
                org.apache.lucene.search.ScoreDoc[] full = s.search(exact, 10).scoreDocs;
                TopScoreDocCollector c = TopScoreDocCollector.create(jp.banso.search.SearchSettings.DEFAULTS.window(), jp.banso.search.SearchSettings.DEFAULTS.window());
                s.search(candidates(engine, s, cache, a, none), c);
                org.apache.lucene.search.ScoreDoc[] two = Ranking.rescore(s, exact, c.topDocs().scoreDocs);
                // the synthetic corpus holds ~800 perturbed copies of each shipped section: compare which
                // shipped passage (article template + anchor) comes back, not which copy
                java.util.Set<String> fullSet = new java.util.HashSet<>();
                for (var d : full) {
                    fullSet.add(passage(s, d.doc));
                }
                java.util.Set<String> twoSet = new java.util.HashSet<>();
                for (int i = 0; i < Math.min(10, two.length); i++) {
                    twoSet.add(passage(s, two[i].doc));
                }
                int same = (int) fullSet.stream().filter(twoSet::contains).count();
                overlap += fullSet.isEmpty() ? 1 : same / (double) fullSet.size();
                top1 += full.length == 0 || (two.length > 0 && passage(s, two[0].doc).equals(passage(s, full[0].doc))) ? 1 : 0;
                if (Boolean.getBoolean("perQuery")) {
                    System.out.printf(Locale.ROOT, "%2d/%2d %s%n", same, fullSet.size(), query);
                }
            }
            System.out.printf(Locale.ROOT, "agreement with the exact query over the whole index (%d queries): "
                    + "shipped passages in the top 10 %.3f, same best passage %.3f%n", queries.size(), overlap / queries.size(),
                    top1 / (double) queries.size());
        } finally {
            index.release(s);
        }
    }

    private static org.apache.lucene.search.Query candidates(SearchEngine engine, IndexSearcher s,
            QueryBuilder.TermCache cache, QueryBuilder.Analysed a, SearchRequest r) throws java.io.IOException {
        return engine.queries().candidates(cache, s.getIndexReader().numDocs(), a, r, Tuning.DEFAULT,
                jp.banso.search.SearchSettings.DEFAULTS.common(), jp.banso.search.SearchSettings.DEFAULTS.window());
    }

    private static String passage(IndexSearcher s, int doc) throws java.io.IOException {
        var d = s.storedFields().document(doc, java.util.Set.of(LuceneIndex.SLUG, LuceneIndex.ANCHOR));
        String slug = d.get(LuceneIndex.SLUG);
        return slug.substring(0, slug.lastIndexOf('-')) + "#" + d.get(LuceneIndex.ANCHOR);
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (LuceneIndex index = LuceneIndex.open(Path.of("target/bench-index-" + n), new JapaneseAnalysis())) {
            if (index.needsRebuild()) {
                throw new IllegalStateException("run SearchBenchmark " + n + " first");
            }
            Synonyms syn = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(index, () -> syn, Tuning.DEFAULT);
            List<String> queries = new ArrayList<>();
            SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
            SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
            var threads = ManagementFactory.getThreadMXBean();
            SearchRequest none = SearchRequest.of("x");
            if (System.getProperty("explain") != null) {
                IndexSearcher s = index.acquire();
                QueryBuilder.Analysed a = engine.queries().analyse(System.getProperty("explain"));
                System.out.println("candidates: " + candidates(engine, s, new QueryBuilder.TermCache(s), a, none));

                index.release(s);
                return;
            }
            if (Boolean.getBoolean("agree")) {
                agreement(index, engine, queries);
                return;
            }
            for (String v : args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[] {"full"}) {
                String[] p = v.split(":");
                boolean full = p[0].equals("full");
                int k = p.length > 1 ? Integer.parseInt(p[1]) : jp.banso.search.SearchSettings.DEFAULTS.window();
                long[] ns = new long[Integer.getInteger("runs", 1000)];
                long[] cpu = new long[ns.length];
                List<String> slow = new ArrayList<>();
                for (int i = -300; i < ns.length; i++) {
                    String query = queries.get(Math.floorMod(i, queries.size()));
                    long t = System.nanoTime();
                    long tc = threads.getCurrentThreadCpuTime();
                    if (full) {
                        engine.search(SearchRequest.of(query));
                    } else {
                        IndexSearcher s = index.acquire();
                        try {
                            QueryBuilder.Analysed a = engine.queries().analyse(query);
                            TopScoreDocCollector c = TopScoreDocCollector.create(k, k);
                            s.search(candidates(engine, s, new QueryBuilder.TermCache(s), a, none), c);
                            c.topDocs();
                        } finally {
                            index.release(s);
                        }
                    }
                    if (i >= 0) {
                        ns[i] = System.nanoTime() - t;
                        cpu[i] = threads.getCurrentThreadCpuTime() - tc;
                        if (Boolean.getBoolean("perQuery") && i < queries.size()) {
                            slow.add(String.format(Locale.ROOT, "%7.2fms cpu %s", cpu[i] / 1e6, query));
                        }
                    }
                }
                Arrays.sort(ns);
                Arrays.sort(cpu);
                slow.stream().sorted(java.util.Comparator.reverseOrder()).forEach(System.out::println);
                System.out.printf(Locale.ROOT, "%-10s wall p50=%.2fms p95=%.2fms p99=%.2fms  cpu p50=%.2fms p95=%.2fms"
                                + "  load %.2f%n", v, ns[ns.length / 2] / 1e6, ns[ns.length * 95 / 100] / 1e6,
                        ns[ns.length * 99 / 100] / 1e6, cpu[cpu.length / 2] / 1e6, cpu[cpu.length * 95 / 100] / 1e6,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }
}
