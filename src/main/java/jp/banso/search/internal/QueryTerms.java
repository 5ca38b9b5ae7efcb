package jp.banso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A query analysed for one field: the plain terms, one group per synonym span holding the span's own
 * terms and each alternative's terms, and the terms of the place names the query holds ({@code places}).
 * Built from analysed tokens only: user text never reaches a parser.
 */
record QueryTerms(List<String> plain, List<SpanTerms> spans, List<String> places) {

    record SpanTerms(List<String> own, List<List<String>> alternatives) {
    }

    record Token(String term, int start, int end) {
    }

    /**
     * @param tokens the query's tokens for the field
     * @param altTerms the field's distinct terms of a synonym alternative (may be cached: it depends only
     *                 on the word)
     * @param placeSpans where the query names a place ({start, end}): a token inside one, and in no synonym
     *                   span, is a place term
     */
    static QueryTerms of(List<Token> tokens, java.util.function.Function<String, List<String>> altTerms,
                         List<Synonyms.Span> spans, List<int[]> placeSpans) {
        Set<String> plain = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        List<Set<String>> own = new ArrayList<>();
        spans.forEach(s -> own.add(new LinkedHashSet<>()));
        for (Token t : tokens) {
            int inSpan = -1;
            for (int i = 0; i < spans.size(); i++) {
                if (t.start() >= spans.get(i).start() && t.end() <= spans.get(i).end()) {
                    inSpan = i;
                    break;
                }
            }
            if (inSpan >= 0) {
                own.get(inSpan).add(t.term());
            } else if (placeSpans.stream().anyMatch(p -> t.start() >= p[0] && t.end() <= p[1])) {
                places.add(t.term());
            } else {
                plain.add(t.term());
            }
        }
        List<SpanTerms> groups = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (own.get(i).isEmpty()) {
                continue; // the span was question phrasing or stop words only
            }
            List<List<String>> alts = new ArrayList<>();
            for (String alt : spans.get(i).alternatives()) {
                List<String> terms = altTerms.apply(alt);
                if (!terms.isEmpty()) {
                    alts.add(terms);
                }
            }
            groups.add(new SpanTerms(List.copyOf(own.get(i)), alts));
        }
        plain.removeIf(p -> groups.stream().anyMatch(g -> g.own().contains(p)));
        places.removeIf(p -> plain.contains(p) || groups.stream().anyMatch(g -> g.own().contains(p)));
        return new QueryTerms(List.copyOf(plain), groups, List.copyOf(places));
    }

    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    int clauseCount() {
        return plain.size() + spans.size() + places.size();
    }

    boolean isEmpty() {
        return clauseCount() == 0;
    }
}
