package jp.banso.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The development evaluation (src/test/resources/eval, copied from ../shared/eval): article queries
 * (a hit among the top 3 distinct articles whose title, prefecture or municipality holds an expected word)
 * and fact questions (the answer pattern in a top-3 snippet, after NFKC).
 */
public final class SearchEval {

    public record Line(int number, String query, String expected, String note) {
    }

    public record Outcome(Line line, int rank, List<String> top) {
        public boolean passed() {
            return rank >= 1 && rank <= 3;
        }
    }

    public record Report(List<Outcome> queries, List<Outcome> facts) {
        public double recallAt1() {
            return queries.stream().filter(o -> o.rank() == 1).count() / (double) queries.size();
        }

        public double recallAt3() {
            return queries.stream().filter(Outcome::passed).count() / (double) queries.size();
        }

        public double mrr() {
            return queries.stream().mapToDouble(o -> o.rank() > 0 ? 1.0 / o.rank() : 0).sum() / queries.size();
        }

        public double factRate() {
            return facts.stream().filter(Outcome::passed).count() / (double) facts.size();
        }

        public List<Outcome> failures() {
            List<Outcome> f = new ArrayList<>();
            queries.stream().filter(o -> !o.passed()).forEach(f::add);
            facts.stream().filter(o -> !o.passed()).forEach(f::add);
            return f;
        }

        public String summary() {
            return String.format(Locale.ROOT, "recall@1 %.3f, recall@3 %.3f, MRR %.3f (%d queries); facts %.3f (%d)",
                    recallAt1(), recallAt3(), mrr(), queries.size(), factRate(), facts.size());
        }
    }

    private SearchEval() {
    }

    public static List<Line> read(String resource) throws IOException {
        try (InputStream in = SearchEval.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Line> lines = new ArrayList<>();
            String[] all = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < all.length; i++) {
                if (all[i].isBlank() || all[i].startsWith("#")) {
                    continue;
                }
                String[] cols = all[i].split("\t");
                lines.add(new Line(i + 1, cols[0], cols[1], cols.length > 2 ? cols[2] : ""));
            }
            return lines;
        }
    }

    /** The shared development set. */
    public static Report run(Function<String, SearchResult> search) throws IOException {
        return run(search, "eval/search-dev.tsv", "eval/search-dev-facts.tsv");
    }

    /** Banso's own held-out spelling-variant set. */
    public static Report runVariants(Function<String, SearchResult> search) throws IOException {
        return run(search, "eval/search-variants.tsv", "eval/search-variants-facts.tsv");
    }

    /**
     * The lead's held-out questions (eval/search-holdout.tsv: question, expected slugs, answer regex or -):
     * each is an article query (an expected slug among the top 3) and, with a regex, a fact question too.
     */
    public static Report runHoldout(Function<String, SearchResult> search) throws IOException {
        return runSlugFile(search, "eval/search-holdout.tsv");
    }

    /** A file in the held-out format (question, expected slugs, answer regex or -), such as the unseen sets. */
    public static Report runSlugFile(Function<String, SearchResult> search, String file) throws IOException {
        List<Outcome> queries = new ArrayList<>();
        List<Outcome> facts = new ArrayList<>();
        for (Line l : read(file)) {
            SearchResult r = search.apply(l.query());
            List<String> expected = List.of(l.expected().split("\\|"));
            Pattern answer = l.note().isBlank() || l.note().equals("-") ? null : Pattern.compile(l.note());
            int rank = 0;
            int factRank = 0;
            List<String> top = new ArrayList<>();
            for (int i = 0; i < r.hits().size() && i < 3; i++) {
                SearchHit h = r.hits().get(i);
                String snippet = Normalizer.normalize(h.best().snippet().text(), Normalizer.Form.NFKC);
                top.add(h.slug() + "#" + h.best().anchor() + " " + snippet);
                if (rank == 0 && expected.contains(h.slug())) {
                    rank = i + 1;
                }
                if (answer != null && factRank == 0 && answer.matcher(snippet).find()) {
                    factRank = i + 1;
                }
            }
            queries.add(new Outcome(l, rank, top));
            if (answer != null) {
                facts.add(new Outcome(l, factRank, top));
            }
        }
        return new Report(queries, facts);
    }

    public static Report run(Function<String, SearchResult> search, String queryFile, String factFile)
            throws IOException {
        List<Outcome> queries = new ArrayList<>();
        for (Line l : read(queryFile)) {
            SearchResult r = search.apply(l.query());
            List<String> expected = List.of(l.expected().split("\\|"));
            int rank = 0;
            List<String> top = new ArrayList<>();
            for (int i = 0; i < r.hits().size() && i < 3; i++) {
                SearchHit h = r.hits().get(i);
                top.add(h.slug() + "#" + h.best().anchor());
                String where = h.title() + " " + h.prefecture() + " " + String.join(" ", h.municipalities());
                if (rank == 0 && expected.stream().anyMatch(where::contains)) {
                    rank = i + 1;
                }
            }
            queries.add(new Outcome(l, rank, top));
        }
        List<Outcome> facts = new ArrayList<>();
        for (Line l : read(factFile)) {
            SearchResult r = search.apply(l.query());
            Pattern answer = Pattern.compile(l.expected());
            int rank = 0;
            List<String> top = new ArrayList<>();
            for (int i = 0; i < r.hits().size() && i < 3; i++) {
                SearchHit h = r.hits().get(i);
                String snippet = Normalizer.normalize(h.best().snippet().text(), Normalizer.Form.NFKC);
                top.add(h.slug() + "#" + h.best().anchor() + " " + snippet);
                if (rank == 0 && answer.matcher(snippet).find()) {
                    rank = i + 1;
                }
            }
            facts.add(new Outcome(l, rank, top));
        }
        return new Report(queries, facts);
    }
}
