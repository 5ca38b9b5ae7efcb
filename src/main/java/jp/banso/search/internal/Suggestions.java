package jp.banso.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions while typing: article titles, then the most frequent content words of the kuromoji field
 * (two characters or more, not only kana or digits). Rebuilt when the index generation changes.
 */
public final class Suggestions {

    static final int FREQUENT_TERMS = 400;

    private final LuceneIndex index;
    private volatile long builtFor = -1;
    private volatile List<String[]> entries = List.of(); // {shown, normalised}

    public Suggestions(LuceneIndex index) {
        this.index = index;
    }

    public List<String> suggest(String prefix, int limit) throws IOException {
        String p = JapaneseAnalysis.normalize(prefix == null ? "" : prefix).strip();
        if (p.isEmpty()) {
            return List.of();
        }
        List<String[]> all = current();
        Set<String> starts = new LinkedHashSet<>();
        Set<String> contains = new LinkedHashSet<>();
        for (String[] e : all) {
            if (e[1].startsWith(p)) {
                starts.add(e[0]);
            } else if (e[1].contains(p)) {
                contains.add(e[0]);
            }
        }
        List<String> out = new ArrayList<>(starts);
        out.addAll(contains);
        return out.subList(0, Math.min(limit, out.size()));
    }

    private List<String[]> current() throws IOException {
        if (builtFor != index.generation()) {
            synchronized (this) {
                if (builtFor != index.generation()) {
                    long gen = index.generation();
                    entries = build();
                    builtFor = gen;
                }
            }
        }
        return entries;
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
