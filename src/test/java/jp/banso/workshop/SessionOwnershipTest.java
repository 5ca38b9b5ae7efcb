package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import jp.banso.IntegrationTest;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sessions have an owner and co-facilitators; every session action checks them (issue 11). */
class SessionOwnershipTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    UserService users;

    String owner;
    String other;
    String co;
    WorkshopSession session;
    long firstItem;
    /** The item the agenda actions work on: the last one added (the first one before any). */
    long lastItem;
    byte[] oneRowSheet;

    static byte[] fill(byte[] template) {
        try {
            return WorkshopServiceTest.fill(template, new String[][] {{"山田", "住宅部局", "市住宅課", "空き家", "活用", ""}});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @BeforeEach
    void three_facilitators_and_a_session_of_the_first() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        owner = "own" + tag;
        other = "oth" + tag;
        co = "coo" + tag;
        as("admin-setup", AppRoles.ADMIN);
        for (String u : List.of(owner, other, co)) {
            users.createUser(new NewUser(u, u, "correct-horse-battery-" + tag, Set.of(AppRoles.FACILITATOR)));
        }
        as(owner, AppRoles.FACILITATOR);
        session = workshops.createSession(new SessionDraft("持ち主の会 " + tag, SessionKind.STUDY,
                LocalDateTime.now().plusDays(1), "会議室", false, "焼津市", 3, 3));
        oneRowSheet = fill(workshops.importTemplate(session.id()));
        firstItem = workshops.addAgendaItem(session.id(), new AgendaItemDraft("説明", 10, AgendaKind.LECTURE, null)).id();
        lastItem = firstItem;
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Every session action a facilitator can take, by name, so a failure says which one let a stranger in. */
    List<NamedAction> actions() {
        long id = session.id();
        return List.of(
                new NamedAction("findSession", s -> workshops.findSession(id)),
                new NamedAction("updateSession", s -> workshops.updateSession(id, s.version(), new SessionDraft("乗っ取り",
                        SessionKind.STUDY, LocalDateTime.now().plusDays(2), "", false, "", 0, 3))),
                new NamedAction("agenda", s -> workshops.agenda(id)),
                new NamedAction("addAgendaItem", s -> lastItem = workshops.addAgendaItem(id, new AgendaItemDraft("x", 5, AgendaKind.LECTURE, null)).id()),
                new NamedAction("updateAgendaItem", s -> workshops.updateAgendaItem(id, lastItem, new AgendaItemDraft("y", 6, AgendaKind.DISCUSSION, null))),
                new NamedAction("moveAgendaItem", s -> workshops.moveAgendaItem(id, lastItem, -1)),
                new NamedAction("copySession", s -> workshops.copySession(id, LocalDateTime.now().plusDays(9))),
                new NamedAction("removeAgendaItem", s -> workshops.removeAgendaItem(id, firstItem)),
                new NamedAction("board", s -> workshops.board(id)),
                new NamedAction("createTheme", s -> workshops.createTheme(id, "テーマ" + UUID.randomUUID())),
                new NamedAction("assignTheme", s -> workshops.assignTheme(id, List.of(), null)),
                new NamedAction("markForDiscussion", s -> workshops.markForDiscussion(id, List.of(), true)),
                new NamedAction("setDotsPerPerson", s -> workshops.setDotsPerPerson(id, 4)),
                new NamedAction("startTimer", s -> workshops.startTimer(id)),
                new NamedAction("pauseTimer", s -> workshops.pauseTimer(id)),
                new NamedAction("nextAgendaItem", s -> workshops.nextAgendaItem(id)),
                new NamedAction("setStatus", s -> workshops.setStatus(id, SessionStatus.LOCKED)),
                new NamedAction("exportXlsx", s -> workshops.exportXlsx(id)),
                new NamedAction("exportCsv", s -> workshops.exportCsv(id)),
                new NamedAction("importTemplate", s -> workshops.importTemplate(id)),
                new NamedAction("importXlsx", s -> workshops.importXlsx(id, new ByteArrayInputStream(oneRowSheet))),
                new NamedAction("team", s -> workshops.team(id)));
    }

    record NamedAction(String name, Consumer<WorkshopSession> run) {
    }

    @Test
    void another_facilitator_is_denied_every_session_action_and_does_not_see_the_session_listed() {
        WorkshopSession s = session;
        as(other, AppRoles.FACILITATOR);
        for (NamedAction a : actions()) {
            assertThatThrownBy(() -> a.run().accept(s)).as(a.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(workshops.listSessions()).extracting(WorkshopSession::id).doesNotContain(s.id());
        assertThatThrownBy(() -> workshops.addCoFacilitator(s.id(), other)).isInstanceOf(AccessDeniedException.class);
        // nothing the stranger tried took effect
        as(owner, AppRoles.FACILITATOR);
        WorkshopSession now = workshops.findSession(s.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(now.title()).isEqualTo(s.title());
        assertThat(workshops.agenda(s.id())).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("説明"));
        assertThat(workshops.board(s.id()).themes()).isEmpty();
    }

    @Test
    void the_owner_a_co_facilitator_and_an_admin_may_take_every_session_action() {
        for (String[] who : new String[][] {{owner, AppRoles.FACILITATOR}, {co, AppRoles.FACILITATOR},
                {"some-admin", AppRoles.ADMIN}}) {
            as(owner, AppRoles.FACILITATOR);
            workshops.addCoFacilitator(session.id(), co);
            as(who[0], who[1]);
            for (NamedAction a : actions()) {
                WorkshopSession current = workshops.findSession(session.id()).orElseThrow();
                a.run().accept(current);
            }
            assertThat(workshops.listSessions()).extracting(WorkshopSession::id).contains(session.id());
        }
    }

    @Test
    void only_the_owner_or_an_admin_changes_the_team_and_a_removed_co_facilitator_loses_access() {
        as(owner, AppRoles.FACILITATOR);
        assertThat(workshops.addCoFacilitator(session.id(), co).coFacilitators()).containsExactly(co);
        assertThatThrownBy(() -> workshops.addCoFacilitator(session.id(), "no-such-user"))
                .isInstanceOf(WorkshopException.class).hasMessage("workshop.team.notFacilitator");

        as(co, AppRoles.FACILITATOR);
        assertThat(workshops.board(session.id()).session().id()).isEqualTo(session.id());
        assertThatThrownBy(() -> workshops.addCoFacilitator(session.id(), other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.removeCoFacilitator(session.id(), co)).isInstanceOf(AccessDeniedException.class);

        as("some-admin", AppRoles.ADMIN);
        assertThat(workshops.addCoFacilitator(session.id(), other).coFacilitators()).containsExactlyInAnyOrder(co, other);

        as(owner, AppRoles.FACILITATOR);
        SessionTeam team = workshops.removeCoFacilitator(session.id(), co);
        assertThat(team.owner()).isEqualTo(owner);
        assertThat(team.coFacilitators()).containsExactly(other);
        as(co, AppRoles.FACILITATOR);
        assertThatThrownBy(() -> workshops.board(session.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_username_in_another_width_or_case_is_not_the_owner() {
        // the columns compare byte for byte: under the table's default collation "ＯＷＮ…" would equal "own…"
        String fullWidth = owner.toUpperCase().chars().mapToObj(c -> String.valueOf((char) (c < 128 ? c + 0xFEE0 : c)))
                .reduce("", String::concat);
        as(fullWidth, AppRoles.FACILITATOR);
        assertThatThrownBy(() -> workshops.board(session.id())).isInstanceOf(AccessDeniedException.class);
        as(owner.toUpperCase(), AppRoles.FACILITATOR);
        assertThatThrownBy(() -> workshops.board(session.id())).isInstanceOf(AccessDeniedException.class);
    }
}
