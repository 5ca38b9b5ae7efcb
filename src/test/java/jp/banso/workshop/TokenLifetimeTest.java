package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import jp.banso.IntegrationTest;
import jp.banso.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.context.support.WithMockUser;

/** Return links (participant tokens) expire with their session, and time is the app's zone, not the server's. */
@WithMockUser(username = "token-life", roles = "FACILITATOR")
class TokenLifetimeTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    MutableClock clock;
    @Autowired
    @Qualifier("clock")
    Clock appClock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    WorkshopSession session(LocalDateTime startsAt) {
        return workshops.createSession(new SessionDraft("期限 " + UUID.randomUUID().toString().substring(0, 6),
                SessionKind.STUDY, startsAt, "会議室", false, "焼津市", 0, 3));
    }

    String join(WorkshopSession s) {
        return participants.join(s.joinCode(), new JoinRequest("参加者", Affiliation.HOUSING, ""), "c-" + UUID.randomUUID()).token();
    }

    @Test
    void a_return_link_reads_the_sheet_during_the_grace_period_after_closing_and_dies_after_it() {
        WorkshopSession s = session(LocalDateTime.now(clock).minusHours(1));
        String token = join(s);
        participants.addRow(token);
        workshops.setStatus(s.id(), SessionStatus.CLOSED);

        clock.advance(WorkshopLimits.CLOSED_SESSION_GRACE.minusMinutes(1));
        ParticipantHome home = participants.home(token).orElseThrow();
        assertThat(home.sheetEditable()).isFalse();
        assertThat(home.rows()).hasSize(1);
        assertThatThrownBy(() -> participants.addRow(token)).hasMessage("workshop.error.locked");

        clock.advance(Duration.ofMinutes(2));
        assertThat(participants.home(token)).isEmpty();
        assertThatThrownBy(() -> participants.rows(token)).hasMessage("workshop.error.notParticipant");
        assertThatThrownBy(() -> participants.addRow(token)).hasMessage("workshop.error.notParticipant");
    }

    @Test
    void reopening_a_closed_session_does_not_revive_its_tokens_but_new_joins_work() {
        WorkshopSession s = session(LocalDateTime.now(clock).minusHours(1));
        String before = join(s);
        workshops.setStatus(s.id(), SessionStatus.CLOSED);
        workshops.setStatus(s.id(), SessionStatus.OPEN);

        assertThat(participants.home(before)).isEmpty();
        assertThatThrownBy(() -> participants.addRow(before)).hasMessage("workshop.error.notParticipant");
        String after = join(s);
        assertThat(participants.addRow(after).participantId()).isPositive();
        // closing twice in a row is one close: the second does not start another epoch
        workshops.setStatus(s.id(), SessionStatus.CLOSED);
        workshops.setStatus(s.id(), SessionStatus.CLOSED);
        assertThat(participants.home(after)).isPresent();
    }

    @Test
    void locking_a_session_keeps_its_tokens_alive() {
        WorkshopSession s = session(LocalDateTime.now(clock).minusHours(1));
        String token = join(s);
        workshops.setStatus(s.id(), SessionStatus.LOCKED);
        clock.advance(WorkshopLimits.CLOSED_SESSION_GRACE.plusDays(30));
        assertThat(participants.home(token)).isPresent();
    }

    @Test
    void the_app_clock_is_in_banso_zone_whatever_the_server_zone() {
        assertThat(appClock.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(jp.banso.base.AppZone.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void sheets_open_at_midnight_in_japan_not_at_midnight_utc() {
        // 2026-12-03 00:30 in Tokyo is 2026-12-02 15:30 UTC: a server clock in UTC would still say the 2nd
        clock.set(Instant.parse("2026-12-02T15:30:00Z"));
        WorkshopSession s = session(LocalDateTime.parse("2026-12-03T10:00"));
        String token = join(s);
        assertThat(participants.home(token).orElseThrow().sheetEditable()).isTrue();
        assertThat(participants.addRow(token)).isNotNull();

        clock.set(Instant.parse("2026-12-02T14:30:00Z")); // 23:30 on the 2nd in Tokyo
        assertThatThrownBy(() -> participants.addRow(token)).hasMessage("workshop.error.notYetOpen");
    }
}
