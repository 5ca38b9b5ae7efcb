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
            for (String v : args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[] {"full"}) {
                String[] p = v.split(":");
                boolean full = p[0].equals("full");
                int k = p.length > 1 ? Integer.parseInt(p[1]) : SearchEngine.WINDOW;
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
                            SearchEngine.Analysed a = engine.analyse(query);
                            TopScoreDocCollector c = TopScoreDocCollector.create(k, k);
                            s.search(engine.candidateQuery(new SearchEngine.TermCache(s), s.getIndexReader().numDocs(),
                                    a, none), c);
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
