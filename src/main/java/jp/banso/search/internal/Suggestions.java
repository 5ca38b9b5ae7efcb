package jp.banso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions while typing: article titles, then the most frequent content words of the kuromoji field
 * (two characters or more, not only kana or digits), rebuilt when the index generation changes; and the
 * "did you mean" corrections offered when a search finds little ({@link #didYouMean}).
 */
public final class Suggestions {

    static final int FREQUENT_TERMS = 400;

    private final LuceneIndex index;
    private volatile long builtFor = -1;
    private volatile Entries entries = new Entries(List.of());

    public Suggestions(LuceneIndex index) {
        this.index = index;
    }

    public List<String> suggest(String prefix, int limit) throws IOException {
        String p = JapaneseAnalysis.normalize(prefix == null ? "" : prefix).strip();
        if (p.isEmpty()) {
            return List.of();
        }
        return current().suggest(p, limit);
    }

    private Entries current() throws IOException {
        if (builtFor != index.generation()) {
            synchronized (this) {
                if (builtFor != index.generation()) {
                    long gen = index.generation();
                    entries = new Entries(build());
                    builtFor = gen;
                }
            }
        }
        return entries;
    }

    /**
     * The suggestion entries with, for each two-character piece, the entries that hold it: a query of two
     * characters or more looks only at the entries holding its rarest piece, not at every title (the
     * zero-result help asks for dozens of pieces of the query at once).
     */
    static final class Entries {
        private final List<String[]> all; // {shown, normalised}
        private final Map<String, int[]> byPair;

        Entries(List<String[]> all) {
            this.all = all;
            Map<String, List<Integer>> pairs = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                String n = all.get(i)[1];
                Set<String> seen = new HashSet<>();
                for (int c = 0; c + 2 <= n.length(); c++) {
                    String pair = n.substring(c, c + 2);
                    if (seen.add(pair)) {
                        pairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            Map<String, int[]> frozen = new HashMap<>();
            pairs.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            this.byPair = frozen;
        }

        /** Entries starting with the normalised text first, then entries containing it, each in entry order. */
        List<String> suggest(String normalised, int limit) {
            Set<String> starts = new LinkedHashSet<>();
            Set<String> contains = new LinkedHashSet<>();
            if (normalised.length() < 2) {
                for (String[] e : all) {
                    add(e, normalised, starts, contains);
                }
            } else {
                int[] rarest = null;
                for (int c = 0; c + 2 <= normalised.length(); c++) {
                    int[] ids = byPair.get(normalised.substring(c, c + 2));
                    if (ids == null) {
                        return List.of();
                    }
                    if (rarest == null || ids.length < rarest.length) {
                        rarest = ids;
                    }
                }
                for (int id : rarest) {
                    add(all.get(id), normalised, starts, contains);
                }
            }
            List<String> out = new ArrayList<>(starts);
            out.addAll(contains);
            return out.subList(0, Math.min(limit, out.size()));
        }

        private static void add(String[] e, String p, Set<String> starts, Set<String> contains) {
            if (e[1].startsWith(p)) {
                starts.add(e[0]);
            } else if (e[1].contains(p)) {
                contains.add(e[0]);
            }
        }
    }

    /**
     * "Did you mean": the stripped question with each word the index lacks replaced by its closest spelling
     * among the kuromoji field's terms ({@link DirectSpellChecker}), or nothing when no word changed.
     */
    static List<String> didYouMean(IndexSearcher searcher, JapaneseAnalysis analysis, String normalizedQuery)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(2);
        spell.setMinPrefix(0);
        String stripped = analysis.stripQuestion(normalizedQuery);
        String corrected = stripped;
        boolean changed = false;
        for (QueryTerms.Token t : QueryTerms.tokens(analysis.morph, LuceneIndex.BODY_MORPH, stripped)) {
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
        return changed && !corrected.equals(stripped) ? List.of(corrected) : List.of();
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

    private List<String[]> build() throws IOException {
        List<String[]> list = new ArrayList<>();
        index.articles().values().stream().map(ArticleInfo::title).sorted()
                .forEach(t -> list.add(new String[] {t, JapaneseAnalysis.normalize(t)}));
        IndexSearcher s = index.acquire();
        try {
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), LuceneIndex.BODY_MORPH);
            if (terms != null) {
                record Freq(String term, int df) {
                }
                PriorityQueue<Freq> top = new PriorityQueue<>(Comparator.comparingInt(Freq::df));
                TermsEnum te = terms.iterator();
                BytesRef b;
                while ((b = te.next()) != null) {
                    String t = b.utf8ToString();
                    if (t.codePointCount(0, t.length()) < 2 || t.chars().allMatch(c -> isKanaOrDigit((char) c))) {
                        continue;
                    }
                    top.add(new Freq(t, te.docFreq()));
                    if (top.size() > FREQUENT_TERMS) {
                        top.poll();
                    }
                }
                top.stream().sorted(Comparator.comparingInt(Freq::df).reversed())
                        .forEach(f -> list.add(new String[] {f.term(), f.term()}));
            }
        } finally {
            index.release(s);
        }
        return List.copyOf(list);
    }

    private static boolean isKanaOrDigit(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || Character.isDigit(c) || !Character.isLetter(c);
    }
}
