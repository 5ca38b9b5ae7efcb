package jp.banso.search.bench;

import java.util.List;
import java.util.Locale;
import jp.banso.search.SearchEval;
import jp.banso.search.SearchRequest;
import jp.banso.search.internal.JapaneseAnalysis;
import jp.banso.search.internal.LuceneIndex;
import jp.banso.search.internal.SearchEngine;
import jp.banso.search.internal.SectionDoc;
import jp.banso.search.internal.Synonyms;
import jp.banso.search.internal.Tuning;

/**
 * Hand-run harness behind the choices in docs/search.md: builds the shipped corpus in memory and prints
 * the development metrics for a set of tunings. Not a test; run with
 * {@code ./mvnw -q test-compile exec:java}-style classpath or from the IDE.
 */
public final class TuneSearch {

    public static void main(String[] args) throws Exception {
        List<List<SectionDoc>> corpus = ShippedCorpus.load();
        try (LuceneIndex index = LuceneIndex.inMemory(new JapaneseAnalysis())) {
            index.rebuild(corpus, n -> { });
            System.out.println("sections: " + index.sectionCount());
            Synonyms shipped = Synonyms.shippedPlus(List.of());
            Synonyms none = Synonyms.of(List.of());
            boolean verbose = args.length > 0 && args[0].equals("-v");
            Object[][] variants = {
                    {"default", Tuning.DEFAULT, shipped},
                    {"no synonyms", Tuning.DEFAULT, none},
                    {"morph only", new Tuning(1, 0, 0.5f, 0.4f, 1), shipped},
                    {"bigram only", new Tuning(0, 1, 0.5f, 0.4f, 1), shipped},
                    {"bigram x0.5", new Tuning(1, 0.5f, 0.5f, 0.4f, 1), shipped},
                    {"meta 0", new Tuning(1, 1, 0, 0.4f, 1), shipped},
                    {"meta 1", new Tuning(1, 1, 1, 0.4f, 1), shipped},
                    {"minMatch 0", new Tuning(1, 1, 0.5f, 0, 1), shipped},
                    {"minMatch 0.3", new Tuning(1, 1, 0.5f, 0.3f, 1), shipped},
                    {"minMatch 0.5", new Tuning(1, 1, 0.5f, 0.5f, 1), shipped},
                    {"minMatch 0.6", new Tuning(1, 1, 0.5f, 0.6f, 1), shipped},
                    {"synonym 0.5", new Tuning(1, 1, 0.5f, 0.4f, 0.5f), shipped},
                    {"synonym 0.7", new Tuning(1, 1, 0.5f, 0.4f, 0.7f), shipped},
            };
            for (Object[] v : variants) {
                Synonyms syn = (Synonyms) v[2];
                SearchEngine engine = new SearchEngine(index, () -> syn, (Tuning) v[1]);
                SearchEval.Report r = SearchEval.run(q -> {
                    try {
                        return engine.search(SearchRequest.of(q));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                java.util.function.Function<String, jp.banso.search.SearchResult> fn = q -> {
                    try {
                        return engine.search(SearchRequest.of(q));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
                SearchEval.Report rv = SearchEval.runVariants(fn);
                System.out.printf(Locale.ROOT, "%-14s dev: %s%n%-14s own: %s%n", v[0], r.summary(), "", rv.summary());
                if (verbose || v[0].equals("default")) {
                    rv.queries().stream().filter(o -> o.rank() != 1).forEach(f -> System.out.println("   own rank " + f.rank() + " " + f.line().query() + " -> " + f.top()));
                    rv.failures().stream().filter(f -> rv.facts().contains(f)).forEach(f -> System.out.println("   own FAIL " + f.line().query() + " -> " + f.top()));
                }
                if (verbose || v[0].equals("default")) {
                    r.queries().stream().filter(o -> o.rank() != 1).forEach(f -> System.out.println("   rank " + f.rank() + " " + f.line().query() + " -> " + f.top()));
                    r.failures().forEach(f -> System.out.println("   FAIL " + f.line().query() + " -> " + f.top()));
                }
            }
        }
    }
}
