package jp.banso.workshop.grouping;

import java.util.List;
import java.util.Map;

/**
 * Group {@code members} into {@code groupCount} groups. {@code pins} maps a member id to the 0-based group it
 * must be in (may be null or empty). The same request with the same {@code seed} gives the same grouping.
 */
public record GroupingRequest(List<Member> members, int groupCount, Map<String, Integer> pins, long seed) {

    public GroupingRequest(List<Member> members, int groupCount, long seed) {
        this(members, groupCount, Map.of(), seed);
    }
}
