package jp.banso.workshop;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.banso.workshop.grouping.GroupPlanner;
import jp.banso.workshop.grouping.Grouping;
import jp.banso.workshop.grouping.Member;
import org.springframework.stereotype.Component;

/**
 * Between the stored seats and the grouping engine: participants become {@link Member}s (affiliation type,
 * organisation, municipality, normalised so "ＮＰＯ法人 A" and "NPO法人 A" count as one organisation), tables
 * become a {@link Grouping}. Late joiners are seated here, inside the join's transaction.
 */
@Component
class GroupPlacement {

    private final GroupWorkRepository repo;
    private final WorkshopBroadcaster broadcaster;
    private final GroupPlanner planner = new GroupPlanner();

    GroupPlacement(GroupWorkRepository repo, WorkshopBroadcaster broadcaster) {
        this.repo = repo;
        this.broadcaster = broadcaster;
    }

    GroupPlanner planner() {
        return planner;
    }

    static Member member(GroupWorkRepository.Seat s) {
        return new Member(String.valueOf(s.participant().id()), s.participant().affiliation().name(),
                norm(s.participant().organisation()), norm(s.municipality()));
    }

    static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The tables as they are, in table order, with only seated members. */
    static Grouping current(List<GroupWorkRepository.GroupRow> groups, List<GroupWorkRepository.Seat> seats) {
        List<List<String>> out = new ArrayList<>();
        for (GroupWorkRepository.GroupRow g : groups) {
            out.add(seats.stream().filter(s -> Objects.equals(s.groupId(), g.id()))
                    .map(s -> String.valueOf(s.participant().id())).toList());
        }
        return new Grouping(out, 0);
    }

    /** Seats a participant who joined after the groups were formed where they add the most mixing. */
    void placeLateJoiner(long sessionId, long participantId) {
        List<GroupWorkRepository.GroupRow> groups = repo.groups(sessionId);
        if (groups.isEmpty()) {
            return;
        }
        List<GroupWorkRepository.Seat> seats = repo.seats(sessionId);
        GroupWorkRepository.Seat late = seats.stream().filter(s -> s.participant().id() == participantId).findFirst()
                .orElseThrow();
        List<GroupWorkRepository.Seat> seated = seats.stream().filter(s -> s.groupId() != null).toList();
        int k = planner.bestGroupForLateJoiner(current(groups, seated), seated.stream().map(GroupPlacement::member).toList(),
                member(late));
        repo.seatMember(participantId, groups.get(k).id(), false);
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
    }
}
