package jp.banso.workshop.grouping;

import java.util.List;

/** Member ids per group (group index = list index) and the grouping's mixing score ({@link Diversity}). */
public record Grouping(List<List<String>> groups, double score) {

    public Grouping {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /** The 0-based group of a member, or -1. */
    public int groupOf(String memberId) {
        for (int k = 0; k < groups.size(); k++) {
            if (groups.get(k).contains(memberId)) {
                return k;
            }
        }
        return -1;
    }
}
