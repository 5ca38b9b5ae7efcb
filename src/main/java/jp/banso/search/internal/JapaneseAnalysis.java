package jp.banso.search.internal;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains, file-backed. Both start with NFKC + case folding (full/half width, ①, ｱ).
 * <ul>
 * <li>morphological ({@link #morph}): kuromoji in search mode (splits compounds and keeps them), base
 * forms, part-of-speech stop tags and stop words, katakana long-vowel stemming;</li>
 * <li>bigram ({@link #bigram}): overlapping CJK bigrams, which keep compounds kuromoji splits (入居中).</li>
 * </ul>
 * The query variants ({@link #morphQuery}, {@link #bigramQuery}) first remove question phrasing
 * (search/question-phrases-ja.txt) with a pattern char filter, so offsets still point into the query.
 */
public final class JapaneseAnalysis {

    static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    static final String PHRASES_FILE = "search/question-phrases-ja.txt";

    public final Analyzer morph;
    public final Analyzer bigram;
    public final Analyzer morphQuery;
    public final Analyzer bigramQuery;
    private final Pattern questionPhrasing;

    public JapaneseAnalysis() {
        this.questionPhrasing = Pattern.compile(String.join("|", readLines(PHRASES_FILE).stream()
                .map(p -> "(?:" + p + ")").toList()));
        this.morph = morphAnalyzer(false);
        this.bigram = bigramAnalyzer(false);
        this.morphQuery = morphAnalyzer(true);
        this.bigramQuery = bigramAnalyzer(true);
    }

    /** NFKC with case folding: what every comparison in search (analysis, synonyms, snippets) sees. */
    public static String normalize(String s) {
        return s == null ? "" : NFKC_CF.normalize(s);
    }

    /** The query with its question phrasing removed (for display and for the "did you mean" check). */
    public String stripQuestion(String normalizedQuery) {
        return questionPhrasing.matcher(normalizedQuery).replaceAll(" ").strip();
    }

    /** What both chains read: NFKC with case folding, then (queries only) without question phrasing. */
    private Reader input(Reader reader, boolean query) {
        Reader normalized = new ICUNormalizer2CharFilter(reader, NFKC_CF);
        return query ? new PatternReplaceCharFilter(questionPhrasing, " ", normalized) : normalized;
    }

    private Analyzer morphAnalyzer(boolean query) {
        CharArraySet stopWords = JapaneseAnalyzer.getDefaultStopSet();
        var stopTags = JapaneseAnalyzer.getDefaultStopTags();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return input(reader, query);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream ts = new JapaneseBaseFormFilter(tokenizer);
                ts = new JapanesePartOfSpeechStopFilter(ts, stopTags);
                ts = new StopFilter(ts, stopWords);
                ts = new JapaneseKatakanaStemFilter(ts);
                ts = new LowerCaseFilter(ts);
                return new TokenStreamComponents(tokenizer, ts);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, NFKC_CF);
            }
        };
    }

    private Analyzer bigramAnalyzer(boolean query) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return input(reader, query);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream ts = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
                ts = new LowerCaseFilter(ts);
                return new TokenStreamComponents(tokenizer, ts);
            }
        };
    }

    static List<String> readLines(String resource) {
        try (InputStream in = JapaneseAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
