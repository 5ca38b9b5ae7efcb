package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import jp.banso.IntegrationTest;
import jp.banso.Race;
import jp.banso.Race.Outcome;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Thirty tabs of one participant (or one facilitator) at once, on real threads against the real database: the
 * row, dot and agenda caps hold exactly. Each call that is acknowledged must count; none may pass the cap.
 */
class ConcurrentLimitsTest extends IntegrationTest {

    static final int TABS = 30;

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;

    final Authentication facilitator = UsernamePasswordAuthenticationToken.authenticated("concurrent-fac", "n/a",
            List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR)));

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    WorkshopSession newSession(int dots) {
        SecurityContextHolder.getContext().setAuthentication(facilitator);
        return workshops.createSession(new SessionDraft("同時操作 " + UUID.randomUUID().toString().substring(0, 6),
                SessionKind.STUDY, LocalDateTime.now().minusMinutes(5), "会議室", false, "焼津市", 0, dots));
    }

    <T> Outcome race(Callable<T> call, Authentication auth) throws Exception {
        return Race.run(TABS, call, auth);
    }

    @Test
    void thirty_tabs_adding_rows_at_once_never_pass_the_row_cap() throws Exception {
        WorkshopSession s = newSession(3);
        String token = participants.join(s.joinCode(), new JoinRequest("多タブ", Affiliation.HOUSING, ""), "c-" + UUID.randomUUID()).token();
        int already = WorkshopLimits.ROWS_PER_PARTICIPANT_MAX - 20;
        for (int i = 0; i < already; i++) {
            participants.addRow(token);
        }
        Outcome o = race(() -> participants.addRow(token), null);
        assertThat(participants.rows(token)).hasSize(WorkshopLimits.ROWS_PER_PARTICIPANT_MAX);
        assertThat(o.acknowledged()).isEqualTo(20);
        assertThat(o.refusals()).hasSize(TABS - 20).containsOnly("workshop.error.rows.full");
    }

    @Test
    void thirty_tabs_voting_at_once_place_no_more_dots_than_the_participant_has() throws Exception {
        int dots = 3;
        WorkshopSession s = newSession(dots);
        String author = participants.join(s.joinCode(), new JoinRequest("書く人", Affiliation.WELFARE, ""), "c-" + UUID.randomUUID()).token();
        List<Long> rows = new ArrayList<>();
        for (int i = 0; i < TABS; i++) {
            SheetRow r = participants.addRow(author);
            participants.saveRow(author, r.id(), r.version(), new RowText("項目" + i, "内容" + i, ""));
            rows.add(r.id());
        }
        SecurityContextHolder.getContext().setAuthentication(facilitator);
        workshops.markForDiscussion(s.id(), rows, true);
        String voter = participants.join(s.joinCode(), new JoinRequest("投票者", Affiliation.REAL_ESTATE, ""), "c-" + UUID.randomUUID()).token();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        // each tab puts its dot on a different row, so the (row, participant) key cannot be what stops them
        Outcome o = race(() -> participants.vote(voter, rows.get(next.getAndIncrement()), true), null);
        assertThat(participants.dotsLeft(voter)).isZero();
        assertThat(participants.candidates(voter).stream().filter(VoteCandidate::mine).count()).isEqualTo(dots);
        assertThat(o.acknowledged()).isEqualTo(dots);
        assertThat(o.refusals()).hasSize(TABS - dots).containsOnly("workshop.vote.noDotsLeft");
    }

    @Test
    void thirty_agenda_items_added_at_once_stop_exactly_at_the_agenda_cap() throws Exception {
        WorkshopSession s = newSession(3);
        int already = WorkshopLimits.AGENDA_ITEMS_MAX - 10;
        for (int i = 0; i < already; i++) {
            workshops.addAgendaItem(s.id(), new AgendaItemDraft("項目" + i, 5, AgendaKind.LECTURE, null));
        }
        Outcome o = race(() -> workshops.addAgendaItem(s.id(), new AgendaItemDraft("同時", 5, AgendaKind.DISCUSSION, null)),
                facilitator);
        SecurityContextHolder.getContext().setAuthentication(facilitator);
        List<AgendaItem> agenda = workshops.agenda(s.id());
        assertThat(agenda).hasSize(WorkshopLimits.AGENDA_ITEMS_MAX);
        // positions stay a gapless 0..n-1: no two items were given the same place
        assertThat(agenda).extracting(AgendaItem::position).doesNotHaveDuplicates();
        assertThat(o.acknowledged()).isEqualTo(10);
        assertThat(o.refusals()).hasSize(TABS - 10).containsOnly("workshop.error.agendaFull");
    }
}
