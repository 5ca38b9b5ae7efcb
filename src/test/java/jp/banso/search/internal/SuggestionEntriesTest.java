package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pair index of the suggestions gives exactly what a scan of every entry gives (starting entries first,
 * then containing ones, each in entry order), for every piece of every entry and for pieces found nowhere.
 */
class SuggestionEntriesTest {

    private static final List<String> SHOWN = List.of(
            "長野県：市町村職員向けの勉強会", "岡崎市：居住支援協議会の設立", "岡崎市：相談件数の推移", "焼津市：不動産事業者アンケート",
            "いわき市：居住支援法人の指定", "廿日市市：設立総会", "美祢市：居住支援係の新設", "奈良県：賃貸住宅供給促進計画",
            "居住支援", "居住支援協議会", "相談", "不動産", "セーフティネット住宅", "SN住宅", "市町村", "市", "住宅確保要配慮者",
            "𠮷野家の住まい", "岡崎市：居住支援協議会の設立");

    private static List<String[]> entries() {
        List<String[]> out = new ArrayList<>();
        SHOWN.forEach(s -> out.add(new String[] {s, JapaneseAnalysis.normalize(s)}));
        return out;
    }

    /** What the suggestions did before the index: every entry looked at. */
    private static List<String> scan(List<String[]> all, String p, int limit) {
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

    @Test
    void the_pair_index_answers_like_a_scan_of_every_entry() {
        List<String[]> all = entries();
        Suggestions.Entries indexed = new Suggestions.Entries(all);
        Set<String> pieces = new LinkedHashSet<>(List.of("居住支援法人の新設", "ほげ", "x", "住宅確保要配慮者向け", "県：", "𠮷"));
        for (String[] e : all) {
            String n = e[1];
            for (int len = 1; len <= 6; len++) {
                for (int i = 0; i + len <= n.length(); i++) {
                    pieces.add(n.substring(i, i + len));
                }
            }
        }
        int nonEmpty = 0;
        for (String p : pieces) {
            for (int limit : new int[] {3, 100}) {
                List<String> expected = scan(all, p, limit);
                assertThat(indexed.suggest(p, limit)).as("suggestions for %s (limit %d)", p, limit).isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        // most pieces come from the entries, so most comparisons are of real lists
        assertThat(nonEmpty).isGreaterThan(pieces.size());
        assertThat(indexed.suggest("居住支援", 100)).containsExactly("居住支援", "居住支援協議会", "岡崎市：居住支援協議会の設立",
                "いわき市：居住支援法人の指定", "美祢市：居住支援係の新設");
    }
}
