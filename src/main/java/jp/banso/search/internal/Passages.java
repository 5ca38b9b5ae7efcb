package jp.banso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.banso.search.Passage;
import jp.banso.search.SearchHit;
import jp.banso.search.SearchLimits;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The page of hits: for each article shown, its best matching sections as passages, each with a snippet
 * ({@link SnippetMaker}), ordered by how well the snippet answers the question.
 */
final class Passages {

    private static final Set<String> STORED = Set.of(LuceneIndex.ANCHOR, LuceneIndex.SECTION, LuceneIndex.TEXT);

    private final LuceneIndex index;

    Passages(LuceneIndex index) {
        this.index = index;
    }

    List<SearchHit> page(IndexSearcher searcher, QueryBuilder.TermCache cache, QueryBuilder.Analysed q,
                         Map<String, List<ScoreDoc>> articles, int offset, int limit) throws IOException {
        Words words = markWords(cache, searcher.getIndexReader().numDocs(), q);
        AnswerFocus focus = AnswerFocus.of(q.normalized());
        String question = index.analysis().stripQuestion(q.normalized());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        int i = 0;
        for (var e : articles.entrySet()) {
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
            String context = context(info);
            QuestionEcho echo = QuestionEcho.of(question, context);
            Words own = words.except(context);
            List<Passage> passages = new ArrayList<>();
            for (ScoreDoc sd : sections.subList(0, Math.min(sections.size(), 1 + SearchLimits.MORE_PASSAGES))) {
                Document d = stored.document(sd.doc, STORED);
                passages.add(new Passage(d.get(LuceneIndex.SECTION), d.get(LuceneIndex.ANCHOR),
                        SnippetMaker.make(d.get(LuceneIndex.TEXT), own.weight(), own.group(), focus, echo), sd.score));
            }
            rank(passages, own, focus, echo);
            hits.add(new SearchHit(info.slug(), info.title(), info.prefecture(), info.municipalities(), info.kind(),
                    passages.get(0), passages.subList(1, passages.size()), sections.get(0).score));
        }
        return hits;
    }

    /** The names an article gives itself: its title, prefecture and municipalities, normalised. */
    static String context(ArticleInfo info) {
        return JapaneseAnalysis.normalize(info.title() + " " + info.prefecture() + " "
                + String.join(" ", info.municipalities()));
    }

    /**
     * The words to mark and weigh, by rarity in the index, and their groups: a synonym group's words, or a
     * word's surface and base form, stand for one another and count once.
     */
    record Words(Map<String, Double> weight, Map<String, Integer> group) {
        /** What a word the article names itself still weighs in its passages (see {@link #except}). */
        static final double NAMED_SHARE = 0.1;

        static Words of(Map<String, Double> weight) {
            return new Words(weight, Map.of());
        }

        /** The weight of the words the text holds, each group once. */
        double in(String normalizedText) {
            Map<Object, Double> best = new HashMap<>();
            for (var w : weight.entrySet()) {
                String word = w.getKey();
                if (w.getValue() > 0 && normalizedText.contains(word)) {
                    best.merge(groupOf(word), w.getValue(), Math::max);
                }
            }
            return best.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        private Object groupOf(String word) {
            return group.containsKey(word) ? group.get(word) : word;
        }

        /**
         * The same words, those the article names itself (and the words of their groups: 市区町村 stands for
         * 市町村 in the title) weighing a tenth: asked about 長野県, every passage of the 長野県 article is
         * about 長野県, so the other words must decide; when none is there, these still do. All are marked.
         */
        Words except(String context) {
            java.util.Set<Object> named = new java.util.HashSet<>();
            weight.keySet().stream().filter(w -> !w.isEmpty() && context.contains(w)).forEach(w -> named.add(groupOf(w)));
            if (named.isEmpty()) {
                return this;
            }
            Map<String, Double> w = new HashMap<>(weight);
            w.replaceAll((word, v) -> named.contains(groupOf(word)) ? v * NAMED_SHARE : v);
            return new Words(w, group);
        }

        double max() {
            return weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /**
     * Orders an article's passages by how well they answer: the weight of the query words their heading and
     * snippet hold (the words the article names itself weighing nothing: {@link Words#except}), plus a bonus
     * when the question asks for a kind of answer (a figure, a date, a name) and the snippet holds one, and
     * one for echoing the question's wording. Lucene's order breaks ties.
     */
    static void rank(List<Passage> passages, Words words, AnswerFocus focus, QuestionEcho echo) {
        if (passages.size() < 2) {
            return;
        }
        double maxWeight = words.max();
        Map<Passage, Double> value = new HashMap<>();
        for (Passage p : passages) {
            String snippet = JapaneseAnalysis.normalize(p.snippet().text());
            String text = JapaneseAnalysis.normalize(p.section() == null ? "" : p.section()) + "\n" + snippet;
            double v = words.in(text);
            if (focus != AnswerFocus.NONE && focus.answeredBy(snippet)) {
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
    static Words markWords(QueryBuilder.TermCache cache, int numDocs, QueryBuilder.Analysed q) throws IOException {
        Map<String, Double> words = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        int n = Math.max(1, numDocs);
        int group = 0;
        for (QueryTerms.Token t : q.morphTokens()) {
            String surface = q.normalized().substring(t.start(), t.end());
            if (surface.codePointCount(0, surface.length()) < 2 && !isHan(surface)) {
                continue;
            }
            int df = cache.docFreq(LuceneIndex.BODY_MORPH, t.term());
            words.merge(surface, idf(df, n), Math::max);
            groups.putIfAbsent(surface, group);
            if (!t.term().equals(surface)) {
                words.merge(t.term(), idf(df, n), Math::max);
                groups.putIfAbsent(t.term(), group);
            }
            group++;
        }
        for (Synonyms.Span s : q.spans()) {
            double w = 2.0 * Math.log(1 + n);
            words.merge(s.word(), w, Math::max);
            groups.put(s.word(), group);
            for (String a : s.alternatives()) {
                words.merge(a, w, Math::max);
                groups.put(a, group);
            }
            group++;
        }
        return new Words(words, groups);
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
