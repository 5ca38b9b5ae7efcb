package jp.banso.workshop;

import java.util.List;

/** One breakout group: its table number, scenario (may be null), worksheet and members. */
public record WorkGroup(long id, long sessionId, int tableNo, String scenarioSlug, Worksheet worksheet,
                        List<GroupMember> members) {
}
