package jp.banso.workshop.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupPlannerTest {

    static final List<String> TYPES = List.of("HOUSING", "WELFARE", "REAL_ESTATE", "SUPPORT_CORP",
            "SOCIAL_WELFARE_COUNCIL", "OTHER");

    final GroupPlanner planner = new GroupPlanner();

    /** A roster like a prefecture's study session: few types, organisations of one to five people, towns. */
    static List<Member> roster(int n, long seed) {
        Random random = new Random(seed);
        List<Member> members = new ArrayList<>();
        int org = 0;
        while (members.size() < n) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String town = "町" + random.nextInt(8);
            int staff = 1 + random.nextInt(5);
            for (int s = 0; s < staff && members.size() < n; s++) {
                members.add(new Member("p" + members.size(), type, "組織" + org, town));
            }
            org++;
        }
        return members;
    }

    @Test
    void every_member_is_in_exactly_one_group_and_sizes_are_balanced() {
        List<Member> members = roster(23, 5);
        Grouping grouping = planner.plan(new GroupingRequest(members, 5, 11));

        assertThat(grouping.groups()).hasSize(5);
        assertThat(grouping.groups()).allSatisfy(g -> assertThat(g.size()).isBetween(4, 5));
        List<String> all = grouping.groups().stream().flatMap(List::stream).toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(members.stream().map(Member::id).toList());
        assertThat(grouping.score()).isEqualTo(planner.score(grouping, members));
    }

    @Test
    void pinned_people_stay_in_their_group() {
        List<Member> members = roster(30, 7);
        Map<String, Integer> pins = Map.of("p0", 2, "p1", 2, "p2", 0, "p29", 5);
        Grouping grouping = planner.plan(new GroupingRequest(members, 6, pins, 3));

        pins.forEach((id, group) -> assertThat(grouping.groupOf(id)).as(id).isEqualTo(group));
        assertThat(grouping.groups()).allSatisfy(g -> assertThat(g).hasSize(5));
    }

    @Test
    void pins_can_force_colleagues_together_and_the_rest_is_still_mixed() {
        // p0..p2 share an organisation; pinning two of them together is the facilitator's call
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(new Member("p" + i, TYPES.get(i % 3), i < 3 ? "同じ会" : "会" + i, "町"));
        }
        Grouping grouping = planner.plan(new GroupingRequest(members, 3, Map.of("p0", 1, "p1", 1), 1));
        assertThat(grouping.groupOf("p0")).isEqualTo(1);
        assertThat(grouping.groupOf("p1")).isEqualTo(1);
        assertThat(grouping.groupOf("p2")).as("the third colleague goes elsewhere").isNotEqualTo(1);
    }

    @Test
    void people_of_one_organisation_are_separated_when_a_perfect_separation_exists() {
        // 6 organisations of 5 people into 5 groups of 6: only one person per organisation and group scores best
        List<Member> members = new ArrayList<>();
        for (int org = 0; org < 6; org++) {
            for (int s = 0; s < 5; s++) {
                members.add(new Member("o" + org + "s" + s, TYPES.get(org % 3), "組織" + org, "町" + (org % 2)));
            }
        }
        java.util.Collections.shuffle(members, new Random(4));
        Grouping grouping = planner.plan(new GroupingRequest(members, 5, 9));

        for (List<String> group : grouping.groups()) {
            Set<String> orgs = new HashSet<>();
            for (String id : group) {
                assertThat(orgs.add(id.substring(0, 2))).as("two of one organisation in " + group).isTrue();
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_grouping() {
        List<Member> members = roster(60, 2);
        Map<String, Integer> pins = Map.of("p3", 1);
        Grouping first = planner.plan(new GroupingRequest(members, 8, pins, 42));
        Grouping second = planner.plan(new GroupingRequest(members, 8, pins, 42));
        assertThat(second.groups()).isEqualTo(first.groups());
        assertThat(second.score()).isEqualTo(first.score());
    }

    @Test
    void a_plan_mixes_far_better_than_seating_people_in_list_order() {
        List<Member> members = roster(120, 8);
        Grouping planned = planner.plan(new GroupingRequest(members, 12, 1));
        List<List<String>> inOrder = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            inOrder.add(members.subList(10 * k, 10 * k + 10).stream().map(Member::id).toList());
        }
        double naive = planner.score(new Grouping(inOrder, 0), members);
        assertThat(planned.score()).isGreaterThan(naive + 1000);
        // and no organisation sits together: every roster organisation has at most 5 people for 12 groups
        for (List<String> group : planned.groups()) {
            Set<String> orgs = new HashSet<>();
            for (String id : group) {
                Member m = members.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertThat(orgs.add(m.organisation())).isTrue();
            }
        }
    }

    @Test
    void impossible_requests_are_refused_in_japanese_and_change_nothing() {
        List<Member> members = roster(10, 1);
        List<Member> before = List.copyOf(members);
        Map<String, Integer> pins = new LinkedHashMap<>();

        assertRefused(new GroupingRequest(members, 11, 1), "グループ数（11）が参加者数（10）より多い");
        assertRefused(new GroupingRequest(members, 0, 1), "グループ数は1以上");
        assertRefused(new GroupingRequest(List.of(), 2, 1), "グループ分けする参加者がいません");

        // 10 people in 4 groups: sizes 2-3, so three pinned to one group is too many
        pins.put("p0", 0);
        pins.put("p1", 0);
        pins.put("p2", 0);
        pins.put("p3", 0);
        assertRefused(new GroupingRequest(members, 4, pins, 1), "グループ1に4人が固定されていますが");
        // three groups of three pinned leave only one person for the fourth group, which needs two
        pins.clear();
        for (int i = 0; i < 9; i++) {
            pins.put("p" + i, i / 3);
        }
        Map<String, Integer> pinsBefore = Map.copyOf(pins);
        assertRefused(new GroupingRequest(members, 4, pins, 1), "固定された人数の合計が多すぎて");
        assertThat(pins).isEqualTo(pinsBefore);

        assertRefused(new GroupingRequest(members, 4, Map.of("nobody", 1), 1), "固定された参加者（nobody）が参加者一覧にいません");
        assertRefused(new GroupingRequest(members, 4, Map.of("p0", 4), 1), "グループ5に固定されていますが、グループは1から4まで");
        List<Member> twice = new ArrayList<>(members);
        twice.add(members.get(0));
        assertRefused(new GroupingRequest(twice, 2, 1), "同じ参加者（p0）が二度");
        assertThat(members).isEqualTo(before);
    }

    private void assertRefused(GroupingRequest request, String japanese) {
        assertThatThrownBy(() -> planner.plan(request))
                .isInstanceOf(GroupingException.class)
                .hasMessageContaining(japanese);
    }

    @Test
    void the_message_key_translates_to_english_too() {
        GroupingException e = new GroupingException("grouping.error.more-groups-than-members", 5, 3);
        assertThat(e.messageKey()).isEqualTo("grouping.error.more-groups-than-members");
        assertThat(jp.banso.base.i18n.BansoI18NProvider.translate(java.util.Locale.ENGLISH, e.messageKey(), e.args()))
                .isEqualTo("There are more groups (5) than participants (3).");
    }

    @Test
    void a_late_joiner_goes_where_the_mixing_gain_is_largest() {
        List<Member> members = List.of(
                new Member("a", "HOUSING", "県住宅課", "奈良市"),
                new Member("b", "HOUSING", "市住宅課", "奈良市"),
                new Member("c", "WELFARE", "福祉事務所", "天理市"),
                new Member("d", "HOUSING", "町住宅係", "奈良市"),
                new Member("e", "REAL_ESTATE", "宅建協会", "天理市"),
                new Member("f", "WELFARE", "社協", "桜井市"));
        Member late = new Member("z", "HOUSING", "別の住宅課", "奈良市");
        // gains: {a,b} 3+3 = 6; {c,d} 11+3 = 14; {e,f} 11+11 = 22
        Grouping even = new Grouping(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f")), 0);
        assertThat(planner.bestGroupForLateJoiner(even, members, late)).isEqualTo(2);

        // the best group is already one larger: it may not grow, the next best does
        List<Member> more = new ArrayList<>(members);
        more.add(new Member("g", "OTHER", "NPO", "桜井市"));
        Grouping uneven = new Grouping(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f", "g")), 0);
        assertThat(planner.bestGroupForLateJoiner(uneven, more, late)).isEqualTo(1);

        // a colleague of c's: the penalty sends them away from c
        Member colleague = new Member("y", "WELFARE", "福祉事務所", "天理市");
        assertThat(planner.bestGroupForLateJoiner(even, members, colleague)).isEqualTo(0);
    }

    @Test
    void a_late_joiner_already_in_a_group_is_refused() {
        List<Member> members = List.of(new Member("a", "HOUSING", "x", "y"), new Member("b", "WELFARE", "z", "y"));
        Grouping grouping = new Grouping(List.of(List.of("a"), List.of("b")), 0);
        assertThatThrownBy(() -> planner.bestGroupForLateJoiner(grouping, members, members.get(0)))
                .isInstanceOf(GroupingException.class).hasMessageContaining("すでにグループ1に入っています");
    }

    @Test
    void the_score_adds_the_diversity_of_every_pair_that_shares_a_group() {
        List<Member> members = List.of(
                new Member("a", "HOUSING", "A", "奈良市"),
                new Member("b", "WELFARE", "B", "天理市"),
                new Member("c", "WELFARE", "B", "天理市"),
                new Member("d", "HOUSING", "", null));
        Grouping grouping = new Grouping(List.of(List.of("a", "b", "c"), List.of("d")), 0);
        // a-b: 6 + 3 + 2; a-c: the same; b-c: same organisation -100
        assertThat(planner.score(grouping, members)).isEqualTo(11 + 11 - 100);
        assertThat(Diversity.between(members.get(0), members.get(3))).as("blank is unknown").isZero();
    }

    @Test
    void a_group_size_becomes_the_nearest_group_count() {
        assertThat(GroupPlanner.groupCountForSize(120, 6)).isEqualTo(20);
        assertThat(GroupPlanner.groupCountForSize(10, 4)).isEqualTo(3);
        assertThat(GroupPlanner.groupCountForSize(9, 4)).isEqualTo(2);
        assertThat(GroupPlanner.groupCountForSize(3, 10)).isEqualTo(1);
        assertThatThrownBy(() -> GroupPlanner.groupCountForSize(10, 0)).isInstanceOf(GroupingException.class)
                .hasMessageContaining("1グループの人数は1人以上");
    }

    @Test
    void no_pin_map_means_no_pins() {
        List<Member> members = roster(17, 3);
        Grouping a = planner.plan(new GroupingRequest(members, 4, new HashMap<>(), 5));
        Grouping b = planner.plan(new GroupingRequest(members, 4, null, 5));
        assertThat(a).isEqualTo(b);
    }
}
