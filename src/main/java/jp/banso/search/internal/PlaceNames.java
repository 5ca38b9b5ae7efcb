package jp.banso.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Place names a question may name: prefectures and municipalities from the register
 * ({@code formation/prefectures.csv}, {@code formation/municipalities.csv}, shared with the formation
 * tracker) plus every prefecture and municipality in the indexed articles' metadata. A name also counts
 * without its suffix (立川 for 立川市, 徳之島 for 徳之島町) when at least two characters remain.
 * Matching is longest first and without overlaps, so 東京都 is not also read as 京都.
 */
final class PlaceNames {

    private static final Set<String> REGISTER = loadRegister();

    private PlaceNames() {
    }

    private static Set<String> loadRegister() {
        Set<String> names = new HashSet<>();
        read("formation/prefectures.csv", 0, names);
        read("formation/municipalities.csv", 2, names);
        return Set.copyOf(names);
    }

    private static void read(String resource, int column, Set<String> into) {
        try (InputStream in = PlaceNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return; // the register is optional: article metadata still names places
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split(",");
                if (cols.length > column && !cols[column].isBlank()) {
                    into.add(JapaneseAnalysis.normalize(cols[column].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #forms} per name: articles name the same few hundred places, asked about on every search. */
    private static final Map<String, Set<String>> FORMS = new ConcurrentHashMap<>();

    /** A place's name and its short form (the suffix 都道府県市区町村 dropped when two characters remain). */
    static Set<String> forms(String place) {
        if (place == null || place.isBlank() || place.equals("全国")) {
            return Set.of();
        }
        return FORMS.computeIfAbsent(place, PlaceNames::computeForms);
    }

    private static Set<String> computeForms(String place) {
        Set<String> out = new LinkedHashSet<>();
        String p = JapaneseAnalysis.normalize(place.strip());
        out.add(p);
        if (p.length() >= 3 && "都道府県市区町村".indexOf(p.charAt(p.length() - 1)) >= 0) {
            out.add(p.substring(0, p.length() - 1));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** For each name and short form of the articles' places, the names as the articles' metadata write them. */
    static Map<String, Set<String>> asWritten(Collection<ArticleInfo> articles) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (ArticleInfo a : articles) {
            List<String> names = new ArrayList<>(a.municipalities());
            names.add(a.prefecture());
            for (String n : names) {
                forms(n).forEach(f -> out.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(n));
            }
        }
        return out;
    }

    /** Every name and short form of the register and of the articles' metadata. */
    static Set<String> known(Collection<ArticleInfo> articles) {
        Set<String> known = new HashSet<>();
        REGISTER.forEach(n -> known.addAll(forms(n)));
        for (ArticleInfo a : articles) {
            known.addAll(forms(a.prefecture()));
            a.municipalities().forEach(m -> known.addAll(forms(m)));
        }
        return known;
    }

    /** The place names the normalised query holds, as written (立川, 沖縄県, 福島市), longest match first. */
    static Set<String> mentioned(String normalizedQuery, Set<String> known) {
        Set<String> found = new LinkedHashSet<>();
        for (int[] s : spans(normalizedQuery, known)) {
            found.add(normalizedQuery.substring(s[0], s[1]));
        }
        return found;
    }

    /** Where the normalised query names places ({start, end}), longest match first, without overlaps. */
    static List<int[]> spans(String normalizedQuery, Set<String> known) {
        int longest = 8;
        List<int[]> found = new ArrayList<>();
        String q = normalizedQuery;
        for (int i = 0; i < q.length(); ) {
            int matched = 0;
            for (int len = Math.min(longest, q.length() - i); len >= 2; len--) {
                if (known.contains(q.substring(i, i + len))) {
                    found.add(new int[] {i, i + len});
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        return found;
    }

    /** Whether the article is about one of the places (its prefecture or one of its municipalities). */
    static boolean about(ArticleInfo a, Set<String> places) {
        if (places.isEmpty()) {
            return false;
        }
        for (String f : forms(a.prefecture())) {
            if (places.contains(f)) {
                return true;
            }
        }
        for (String m : a.municipalities()) {
            for (String f : forms(m)) {
                if (places.contains(f)) {
                    return true;
                }
            }
        }
        return false;
    }
}
