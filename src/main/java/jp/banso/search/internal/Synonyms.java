package jp.banso.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of synonym groups, normalised (NFKC, case folded). Matching is on the query text, not
 * on tokens, so a synonym is found inside a compound the tokenizers would cut differently (SN住宅登録数),
 * and one expansion serves both the kuromoji and the bigram field: SynonymGraphFilter cannot feed
 * CJKBigramFilter (which is not graph-aware). Longest match first; one-character words are not matched
 * inside others (県 would hit 県営住宅).
 */
public final class Synonyms {

    public static final String FILE = "search/synonyms-ja.txt";

    /** Where in the normalised query a word of a group was found, and what else it may be written as. */
    public record Span(int start, int end, String word, List<String> alternatives) {
    }

    private final Map<String, Set<String>> groupOf;
    private final List<String> wordsLongestFirst;
    private final int groups;

    private Synonyms(Collection<List<String>> groupList) {
        Map<String, Set<String>> map = new HashMap<>();
        int n = 0;
        for (List<String> group : groupList) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : group) {
                String norm = JapaneseAnalysis.normalize(w).strip();
                if (norm.length() >= 2) {
                    words.add(norm);
                }
            }
            if (words.size() < 2) {
                continue;
            }
            n++;
            for (String w : words) {
                map.computeIfAbsent(w, k -> new LinkedHashSet<>()).addAll(words);
            }
        }
        this.groupOf = map;
        this.groups = n;
        this.wordsLongestFirst = map.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static Synonyms of(Collection<List<String>> groups) {
        return new Synonyms(groups);
    }

    /** The shipped dictionary plus extra groups (the advisers' ones from MariaDB). */
    public static Synonyms shippedPlus(Collection<List<String>> extra) {
        List<List<String>> all = new ArrayList<>(shipped());
        all.addAll(extra);
        return new Synonyms(all);
    }

    public static List<List<String>> shipped() {
        return JapaneseAnalysis.readLines(FILE).stream().map(Synonyms::parseGroup).toList();
    }

    /** "a, b、c" to [a, b, c]: comma, Japanese comma or full-width comma. */
    public static List<String> parseGroup(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.split("[,、，]")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        return words;
    }

    public int groupCount() {
        return groups;
    }

    /** Non-overlapping matches in a normalised query, longest word first. */
    public List<Span> find(String normalizedQuery) {
        List<Span> spans = new ArrayList<>();
        boolean[] taken = new boolean[normalizedQuery.length()];
        for (String w : wordsLongestFirst) {
            int from = 0;
            int at;
            while ((at = normalizedQuery.indexOf(w, from)) >= 0) {
                int end = at + w.length();
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    List<String> alts = groupOf.get(w).stream().filter(x -> !x.equals(w)).toList();
                    spans.add(new Span(at, end, w, alts));
                }
                from = at + 1;
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }
}
