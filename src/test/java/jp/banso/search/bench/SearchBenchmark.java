package jp.banso.search.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.banso.search.SearchEval;
import jp.banso.search.SearchRequest;
import jp.banso.search.internal.JapaneseAnalysis;
import jp.banso.search.internal.LuceneIndex;
import jp.banso.search.internal.SearchEngine;
import jp.banso.search.internal.SectionDoc;
import jp.banso.search.internal.Synonyms;
import jp.banso.search.internal.Tuning;

/**
 * Speed of the search, run by hand (not in verify):
 * <pre>
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) jp.banso.search.bench.SearchBenchmark 10000 100000
 * java -cp ... jp.banso.search.bench.SearchBenchmark --http http://localhost:PORT 16 2000
 *     (exact commands, the classpath file and the app's start: docs/benchmarks.md, "Running the search benchmarks")
 * java -Xmx512m -cp ... jp.banso.search.bench.SearchBenchmark --concurrent 100000 16 200   (index of an earlier run)
 * java -Xmx512m -cp ... jp.banso.search.bench.SearchBenchmark --reuse 100000              (query an existing index)
 * java -cp ... jp.banso.search.bench.SearchBenchmark --write-corpus /tmp/corpus-100k 100000  (files for an app's
 *     content folder: java -jar target/banso-*.jar --banso.content-dir=/tmp/corpus-100k, then wrk with
 *     src/test/resources/bench/search-wrk.lua; BANSO_MIX=all for every question)
 * </pre>
 * The synthetic corpus repeats the shipped sections as new articles with perturbed text (sentences
 * shuffled, numbers changed, place names swapped), so term statistics stay Japanese-like. The index is
 * written to a folder under target/ (FSDirectory, as in the app). Queries: the development set.
 */
public final class SearchBenchmark {

    /** Articles per page (-Dbench.limit): 10 as on the search page. */
    static final int LIMIT = Integer.getInteger("bench.limit", 10);
    /** Searches before timing starts (-Dbench.warmup). */
    static final int WARMUP = Integer.getInteger("bench.warmup", 3000);

    private static final String[] PLACES = {"長野", "松本", "廿日市", "山口", "美祢", "いわき", "焼津", "岡崎", "奈良",
            "大分", "福岡", "札幌", "仙台", "金沢", "高松", "熊本", "那覇", "新潟", "静岡", "岐阜"};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--http")) {
            http(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (args.length > 0 && args[0].equals("--write-corpus")) {
            writeCorpus(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length > 0 && args[0].equals("--concurrent")) {
            concurrent(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        boolean reuse = false;
        for (String a : args) {
            if (a.equals("--reuse")) {
                reuse = true; // query an index left by an earlier run (same schema) instead of rebuilding it
                continue;
            }
            inProcess(Integer.parseInt(a), reuse);
        }
    }

    static List<List<SectionDoc>> synthetic(int sections) throws Exception {
        List<List<SectionDoc>> shipped = ShippedCorpus.load();
        List<SectionDoc> pool = shipped.stream().flatMap(List::stream).toList();
        Random rnd = new Random(42);
        List<List<SectionDoc>> out = new ArrayList<>();
        int made = 0;
        int article = 0;
        while (made < sections) {
            List<SectionDoc> template = shipped.get(article % shipped.size());
            String slug = template.get(0).slug() + "-" + article;
            String place = PLACES[rnd.nextInt(PLACES.length)];
            List<SectionDoc> docs = new ArrayList<>();
            for (SectionDoc s : template) {
                if (made >= sections) {
                    break;
                }
                String extra = pool.get(rnd.nextInt(pool.size())).text();
                docs.add(new SectionDoc(slug, s.anchor(), s.position(), s.level(), s.section(),
                        place + "：" + s.articleTitle(), s.prefecture(), s.kind(), s.municipalities(), s.themes(),
                        s.targetGroups(), perturb(s.text() + "\n" + firstSentences(extra, 2), place, rnd)));
                made++;
            }
            out.add(docs);
            article++;
        }
        return out;
    }

    /**
     * The synthetic corpus as article files for the app's content folder ({@code --banso.content-dir}), so
     * that a running app can be measured over HTTP at the same scale: each shipped file again and again
     * under a new slug and title, each paragraph perturbed as in {@link #synthetic}. Headings (the
     * sections) stay, so the folder holds at least {@code sections} sections.
     */
    static void writeCorpus(Path dir, int sections) throws Exception {
        Files.createDirectories(dir);
        var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:content/articles/*.md");
        Arrays.sort(files, java.util.Comparator.comparing(org.springframework.core.io.Resource::getFilename));
        List<String> sources = new ArrayList<>();
        for (var f : files) {
            try (var in = f.getInputStream()) {
                sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> paragraphs = sources.stream().flatMap(src -> Arrays.stream(src.split("\n")))
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.contains(":") && l.contains("。")).toList();
        Random rnd = new Random(42);
        int made = 0;
        int article = 0;
        while (made < sections) {
            String src = sources.get(article % sources.size());
            String place = PLACES[rnd.nextInt(PLACES.length)];
            int end = src.indexOf("\n---", 4);
            String front = src.substring(0, end).replaceFirst("(?m)^slug: (.+)$", "slug: $1-" + article)
                    .replaceFirst("(?m)^title: (.+)$", "title: " + place + "：$1");
            StringBuilder body = new StringBuilder();
            boolean inSection = false;
            for (String line : src.substring(end).split("\n", -1)) {
                if (line.startsWith("## ") || line.startsWith("### ")) {
                    if (inSection) {
                        appendExtra(body, paragraphs, place, rnd);
                    }
                    inSection = true;
                    made++;
                    body.append(line);
                } else if (line.contains("。") && !line.startsWith("---")) {
                    body.append(perturb(line, place, rnd).replace("\n", ""));
                } else {
                    body.append(line);
                }
                body.append('\n');
            }
            if (inSection) {
                appendExtra(body, paragraphs, place, rnd);
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "synthetic-%05d.md", article)), front + body);
            article++;
        }
        System.out.printf(Locale.ROOT, "wrote %d articles, %d sections to %s%n", article, made, dir);
    }

    /** As in {@link #synthetic}: each section ends with two sentences of another section. */
    private static void appendExtra(StringBuilder body, List<String> paragraphs, String place, Random rnd) {
        String extra = firstSentences(paragraphs.get(rnd.nextInt(paragraphs.size())), 2);
        body.append('\n').append(perturb(extra, place, rnd).replace("\n", "")).append("\n\n");
    }

    private static String firstSentences(String text, int n) {
        String[] parts = text.split("(?<=。)");
        return String.join("", Arrays.copyOf(parts, Math.min(n, parts.length)));
    }

    private static String perturb(String text, String place, Random rnd) {
        List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=[。\n])")));
        java.util.Collections.shuffle(sentences, rnd);
        String t = String.join("", sentences);
        for (String p : PLACES) {
            if (rnd.nextInt(3) == 0) {
                t = t.replace(p, place);
            }
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            sb.append(Character.isDigit(c) && rnd.nextInt(4) == 0 ? (char) ('0' + rnd.nextInt(10)) : c);
        }
        return sb.toString();
    }

    static void inProcess(int sections, boolean reuse) throws Exception {
        Path dir = Path.of("target/bench-index-" + sections);
        if (Files.exists(dir) && !reuse) {
            jp.banso.IntegrationTest.deleteRecursively(dir);
        }
        System.gc();
        var mem = ManagementFactory.getMemoryMXBean();
        var os = ManagementFactory.getOperatingSystemMXBean();
        try (LuceneIndex index = LuceneIndex.open(dir, new JapaneseAnalysis())) {
            long t0 = System.nanoTime();
            long[] peak = {0};
            double loadBefore = os.getSystemLoadAverage();
            int articles = 0;
            if (index.needsRebuild()) {
                // the corpus is held only while it is indexed: kept, 100,000 sections fill half of a 512 MB
                // heap and the timed searches would measure the garbage collector
                List<List<SectionDoc>> corpus = synthetic(sections);
                articles = corpus.size();
                index.rebuild(corpus, n -> {
                    if (n % 200 == 0) {
                        peak[0] = Math.max(peak[0], mem.getHeapMemoryUsage().getUsed());
                    }
                });
            }
            double buildS = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "build=%.1fs (load average %.2f before, %.2f after)%n", buildS, loadBefore,
                    os.getSystemLoadAverage());
            long size;
            try (var files = Files.walk(dir)) {
                size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            Synonyms syn = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(index, () -> syn, Tuning.DEFAULT);
            List<String> queries = new ArrayList<>();
            SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
            SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
            // the app answers for hours: time the compiled code, not the JIT compiling it
            for (int i = 0; i < WARMUP; i++) {
                engine.search(SearchRequest.of(queries.get(i % queries.size())));
            }
            int runs = Integer.getInteger("bench.runs", 2000);
            double loadQ = os.getSystemLoadAverage();
            long[] ns = new long[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                engine.search(SearchRequest.of(queries.get(i % queries.size())).withPage(0, LIMIT));
                ns[i] = System.nanoTime() - s;
            }
            Arrays.sort(ns);
            if (!Boolean.getBoolean("bench.noBaseline")) {
                baseline(sections, queries, runs, ns);
            }
            System.out.printf(Locale.ROOT, "sections=%d articles=%d build=%.1fs index=%.0fMB peakHeap~%dMB maxHeap=%dMB "
                            + "query p50=%.2fms p95=%.2fms p99=%.2fms load=%.2f/%.2f%n",
                    index.sectionCount(), articles > 0 ? articles : index.articles().size(), buildS, size / 1e6, peak[0] / 1_000_000,
                    Runtime.getRuntime().maxMemory() / 1_000_000,
                    ns[runs / 2] / 1e6, ns[runs * 95 / 100] / 1e6, ns[runs * 99 / 100] / 1e6, loadQ,
                    os.getSystemLoadAverage());
        }
    }

    /**
     * The floor the issue compares against, in the same JVM, on the same corpus and questions: plain Lucene,
     * one field analysed by Lucene's own JapaneseAnalyzer (kuromoji), a SHOULD term clause per query token,
     * BM25, top 10, no snippets. Prints its p50/p95, the ratio of Banso's to it, and both recall@1 on the dev
     * questions (on the shipped library, where the dev answers are).
     */
    static void baseline(int sections, List<String> queries, int runs, long[] bansoSorted) throws Exception {
        org.apache.lucene.analysis.Analyzer ja = new org.apache.lucene.analysis.ja.JapaneseAnalyzer();
        Path dir = Path.of("target/bench-baseline-" + sections);
        if (Files.exists(dir)) {
            jp.banso.IntegrationTest.deleteRecursively(dir);
        }
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir)) {
            fillBaseline(d, ja, synthetic(sections));
            try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
                org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
                for (int i = 0; i < WARMUP; i++) {
                    searcher.search(baselineQuery(ja, queries.get(i % queries.size())), 10);
                }
                long[] ns = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    searcher.search(baselineQuery(ja, queries.get(i % queries.size())), 10);
                    ns[i] = System.nanoTime() - s;
                }
                Arrays.sort(ns);
                double p50 = ns[runs / 2] / 1e6;
                double p95 = ns[runs * 95 / 100] / 1e6;
                System.out.printf(Locale.ROOT, "baseline (one kuromoji field, SHOULD terms, BM25, top 10) p50=%.2fms "
                                + "p95=%.2fms; Banso/baseline p50 %.1fx p95 %.1fx%n", p50, p95,
                        bansoSorted[runs / 2] / 1e6 / p50, bansoSorted[runs * 95 / 100] / 1e6 / p95);
            }
        }
        // recall@1 on the dev questions, on the shipped library
        List<List<SectionDoc>> shipped = ShippedCorpus.load();
        try (org.apache.lucene.store.Directory d = new org.apache.lucene.store.ByteBuffersDirectory();
             LuceneIndex banso = LuceneIndex.inMemory(new JapaneseAnalysis())) {
            fillBaseline(d, ja, shipped);
            banso.rebuild(shipped, n -> { });
            Synonyms syn = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(banso, () -> syn, Tuning.DEFAULT);
            java.util.Map<String, SectionDoc> first = new java.util.HashMap<>();
            shipped.forEach(a -> first.put(a.get(0).slug(), a.get(0)));
            try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
                org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
                int base = 0;
                int ours = 0;
                List<SearchEval.Line> lines = SearchEval.read("eval/search-dev.tsv");
                for (SearchEval.Line l : lines) {
                    List<String> expected = List.of(l.expected().split("\\|"));
                    var top = searcher.search(baselineQuery(ja, l.query()), 1).scoreDocs;
                    if (top.length > 0) {
                        SectionDoc s = first.get(searcher.storedFields().document(top[0].doc).get("slug"));
                        if (matches(s, expected)) {
                            base++;
                        }
                    }
                    var hits = engine.search(SearchRequest.of(l.query())).hits();
                    if (!hits.isEmpty() && matches(first.get(hits.get(0).slug()), expected)) {
                        ours++;
                    }
                }
                System.out.printf(Locale.ROOT, "dev recall@1 (%d questions): Banso %.3f, baseline %.3f%n", lines.size(),
                        ours / (double) lines.size(), base / (double) lines.size());
            }
        }
    }

    private static boolean matches(SectionDoc s, List<String> expected) {
        String where = s.articleTitle() + " " + s.prefecture() + " " + String.join(" ", s.municipalities());
        return expected.stream().anyMatch(where::contains);
    }

    private static void fillBaseline(org.apache.lucene.store.Directory d, org.apache.lucene.analysis.Analyzer ja,
                                     List<List<SectionDoc>> corpus) throws Exception {
        try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                new org.apache.lucene.index.IndexWriterConfig(ja).setRAMBufferSizeMB(96))) {
            for (List<SectionDoc> article : corpus) {
                for (SectionDoc s : article) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.StoredField("slug", s.slug()));
                    doc.add(new org.apache.lucene.document.TextField("body", s.text(),
                            org.apache.lucene.document.Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            w.forceMerge(1);
        }
    }

    private static org.apache.lucene.search.Query baselineQuery(org.apache.lucene.analysis.Analyzer ja, String q)
            throws Exception {
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        try (org.apache.lucene.analysis.TokenStream ts = ja.tokenStream("body", q)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("body", term.toString())),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
            ts.end();
        }
        return b.build();
    }

    /**
     * {@code clients} threads searching one index left by an earlier run (target/bench-index-N) at once,
     * each as fast as it can: what the HTTP clients would cost at that scale, minus HTTP and JSON.
     */
    static void concurrent(int sections, int clients, int perClient) throws Exception {
        try (LuceneIndex index = LuceneIndex.open(Path.of("target/bench-index-" + sections), new JapaneseAnalysis())) {
            if (index.needsRebuild()) {
                throw new IllegalStateException("run SearchBenchmark " + sections + " first");
            }
            Synonyms syn = Synonyms.shippedPlus(List.of());
            SearchEngine engine = new SearchEngine(index, () -> syn, Tuning.DEFAULT);
            List<String> queries = new ArrayList<>();
            SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
            SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
            for (int i = 0; i < WARMUP; i++) {
                engine.search(SearchRequest.of(queries.get(i % queries.size())));
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Timed t = timeClients(clients, perClient, (client, i) ->
                    engine.search(SearchRequest.of(queries.get((i + client) % queries.size())).withPage(0, LIMIT)));
            List<Long> all = t.sortedNanos();
            double wall = t.wallSeconds();
            int n = all.size();
            System.out.printf(Locale.ROOT, "in-process sections=%d clients=%d searches=%d throughput=%.0f/s p50=%.1fms "
                            + "p95=%.1fms p99=%.1fms load=%.2f/%.2f%n", index.sectionCount(), clients, n, n / wall,
                    all.get(n / 2) / 1e6, all.get(n * 95 / 100) / 1e6, all.get(n * 99 / 100) / 1e6, load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** 16 (or n) clients hitting GET /api/search of a running app with the development queries. */
    static void http(String base, int clients, int requestsPerClient) throws Exception {
        List<String> queries = new ArrayList<>();
        SearchEval.read("eval/search-dev.tsv").forEach(l -> queries.add(l.query()));
        SearchEval.read("eval/search-dev-facts.tsv").forEach(l -> queries.add(l.query()));
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        // warm-up
        for (int i = 0; i < 200; i++) {
            get(client, base, queries.get(i % queries.size()));
        }
        Timed t = timeClients(clients, requestsPerClient, (c, i) -> {
            int code = get(client, base, queries.get((i + c) % queries.size()));
            if (code != 200) {
                // 429: the app's API budget per address (start it with --banso.security.api-requests-per-minute=100000000);
                // 503: its index is still being built
                throw new IllegalStateException("HTTP " + code);
            }
        });
        List<Long> all = t.sortedNanos();
        double wall = t.wallSeconds();
        int n = all.size();
        System.out.printf(Locale.ROOT, "clients=%d requests=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms%n",
                clients, n, n / wall, all.get(n / 2) / 1e6, all.get(n * 95 / 100) / 1e6, all.get(n * 99 / 100) / 1e6);
        System.exit(0);
    }

    interface Call {
        void run(int client, int i) throws Exception;
    }

    record Timed(List<Long> sortedNanos, double wallSeconds) {
    }

    /** {@code clients} threads each make {@code perClient} calls at once; every call's latency, sorted. */
    static Timed timeClients(int clients, int perClient, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] ns = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    long s = System.nanoTime();
                    call.run(client, i);
                    ns[i] = System.nanoTime() - s;
                }
                return ns;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long v : f.get()) {
                all.add(v);
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Timed(all, wall);
    }

    private static int get(HttpClient client, String base, String q) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
