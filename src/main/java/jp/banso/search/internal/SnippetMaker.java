package jp.banso.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.banso.search.Snippet;

/**
 * Picks the passage of a section that answers: the sentence (or table row) holding the most, and the
 * rarest, query words, widened to a readable length; the words are marked. Works on the stored plain
 * text, normalised per character so that full-width digits and half-width katakana still match.
 */
final class SnippetMaker {

    static final int TARGET = 110;
    static final int MAX = 180;

    private SnippetMaker() {
    }

    static Snippet make(String text, Map<String, Double> words) {
        return make(text, words, AnswerFocus.NONE);
    }

    /**
     * @param words normalised words to mark, with how much each says (rarer words more)
     * @param focus the kind of answer the question asks for: a sentence that holds one (a figure, a date)
     *              and some of the words wins over one that only repeats more of the words
     */
    static Snippet make(String text, Map<String, Double> words, AnswerFocus focus) {
        return make(text, words, focus, QuestionEcho.NONE);
    }

    /** @param echo the question's wording: a sentence that repeats a long stretch of it gains up to one word */
    static Snippet make(String text, Map<String, Double> words, AnswerFocus focus, QuestionEcho echo) {
        return make(text, words, Map.of(), focus, echo);
    }

    /**
     * @param groups words that stand for one another (a synonym group; a word's surface and base form) share
     *               a number and count once per sentence; a word without one is a group of its own
     */
    static Snippet make(String text, Map<String, Double> words, Map<String, Integer> groups, AnswerFocus focus,
                        QuestionEcho echo) {
        if (text == null || text.isEmpty()) {
            return new Snippet(List.of());
        }
        // normalise per code point, remembering where each normalised char came from
        StringBuilder norm = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 8];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (JapaneseAnalysis.NFKC_CF.isInert(cp)) { // most characters: no allocation
                norm.appendCodePoint(cp);
            } else {
                norm.append(JapaneseAnalysis.normalize(new String(Character.toChars(cp))));
            }
            if (norm.length() > origin.length) {
                origin = Arrays.copyOf(origin, Math.max(origin.length * 2, norm.length()));
            }
            for (; n < norm.length(); n++) {
                origin[n] = i;
            }
            i += len;
        }
        boolean[] marked = new boolean[text.length()];
        String ns = norm.toString();
        List<int[]> hits = new ArrayList<>(); // {original start, word index}
        List<Double> weights = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        Map<Integer, Integer> groupIndex = new HashMap<>();
        for (var w : words.entrySet()) {
            weights.add(w.getValue());
            String word = w.getKey();
            Integer g = groups.get(word);
            groupOf.add(g == null ? weights.size() - 1 : groupIndex.computeIfAbsent(g, k -> weights.size() - 1));
            if (word.isEmpty()) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = ns.indexOf(word, from)) >= 0) {
                int s = origin[at];
                int e = at + word.length() < n ? origin[at + word.length()] : text.length();
                for (int i = s; i < e; i++) {
                    marked[i] = true;
                }
                hits.add(new int[] {s, weights.size() - 1});
                from = at + word.length();
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        // sentences: split after 。！？ and at line breaks
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n';
            if (end || i == text.length() - 1) {
                int e = c == '\n' ? i : i + 1;
                if (e > start && !text.substring(start, e).isBlank()) {
                    sentences.add(new int[] {start, e});
                }
                start = i + 1;
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(new int[] {0, text.length()});
        }
        double maxWeight = words.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int best = 0;
        double bestScore = -1;
        // hits are in text order: one pass over sentences and hits; a word (its group) counts once per sentence,
        // with the best weight among the group's words found there
        int[] seenIn = new int[weights.size()];
        double[] counted = new double[weights.size()];
        Arrays.fill(seenIn, -1);
        int h = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            double score = 0;
            while (h < hits.size() && hits.get(h)[0] < s[0]) {
                h++;
            }
            for (; h < hits.size() && hits.get(h)[0] < s[1]; h++) {
                int word = hits.get(h)[1];
                int g = groupOf.get(word);
                if (seenIn[g] != k) {
                    seenIn[g] = k;
                    counted[g] = 0;
                }
                if (weights.get(word) > counted[g]) {
                    score += weights.get(word) - counted[g];
                    counted[g] = weights.get(word);
                }
            }
            if (score > 0 && focus != AnswerFocus.NONE && focus.answeredBy(text.substring(s[0], s[1]))) {
                score += maxWeight;
            }
            if (score > 0 && echo != QuestionEcho.NONE) {
                score += maxWeight * echo.strength(JapaneseAnalysis.normalize(text.substring(s[0], s[1])));
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = k;
            }
        }
        int from = sentences.get(best)[0];
        int to = sentences.get(best)[1];
        // widen with the following sentences (then the previous one) while short
        int next = best + 1;
        while (to - from < TARGET && next < sentences.size() && sentences.get(next)[1] - from <= MAX) {
            to = sentences.get(next++)[1];
        }
        int prev = best - 1;
        while (to - from < TARGET && prev >= 0 && to - sentences.get(prev)[0] <= MAX) {
            from = sentences.get(prev--)[0];
        }
        if (to - from > MAX) {
            int firstMark = from;
            while (firstMark < to && !marked[firstMark]) {
                firstMark++;
            }
            if (firstMark == to) {
                firstMark = from;
            }
            from = Math.max(from, firstMark - MAX / 3);
            to = Math.min(to, from + MAX);
        }
        List<Snippet.Part> parts = new ArrayList<>();
        if (from > 0 && !isBreak(text.charAt(from - 1))) {
            parts.add(new Snippet.Part("…", false));
        }
        int i = from;
        while (i < to) {
            boolean m = marked[i];
            int j = i;
            while (j < to && marked[j] == m) {
                j++;
            }
            parts.add(new Snippet.Part(text.substring(i, j).replace('\n', ' '), m));
            i = j;
        }
        if (to < text.length() && !isBreak(text.charAt(to - 1))) {
            parts.add(new Snippet.Part("…", false));
        }
        return new Snippet(parts);
    }

    private static boolean isBreak(char c) {
        return c == '。' || c == '\n' || c == '！' || c == '？';
    }
}
