package jp.banso.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import jp.banso.IntegrationTest;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import jp.banso.workshop.AgendaItem;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Adopting the shipped 廿日市市 playbook: steps copied, owners checked, versions, reordering, a session from a step. */
class PlaybookRunServiceTest extends IntegrationTest {

    @org.junit.jupiter.api.AfterEach
    void clearLogin() {
        SecurityContextHolder.clearContext();
    }

    static final String PLAYBOOK = "playbook-hatsukaichi-founding";

    @Autowired
    PlaybookRunService runs;
    @Autowired
    PlaybookService playbooks;
    @Autowired
    WorkshopService workshops;
    @Autowired
    UserService users;
    @Autowired
    FormationService formation;

    static void as(String username, String... roles) {
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a", authorities));
    }

    private void ensureUser(String username, String role) {
        as("admin-setup", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
            users.createUser(new NewUser(username, username, "a-long-password-for-tests-1", Set.of(role)));
        }
    }

    @Test
    void a_run_copies_the_playbooks_steps_in_order_and_starts_at_zero_progress() {
        as("staff-yaizu", AppRoles.STAFF);
        Playbook p = playbooks.findPublished(PLAYBOOK).orElseThrow();
        PlaybookRun run = runs.start(PLAYBOOK, "222127"); // 焼津市
        assertThat(run.adopterName()).isEqualTo("焼津市");
        assertThat(run.steps()).extracting(RunStep::title).containsExactlyElementsOf(p.steps().stream().map(PlaybookStep::title).toList());
        assertThat(run.steps()).extracting(RunStep::anchor).containsExactlyElementsOf(p.steps().stream().map(PlaybookStep::anchor).toList());
        assertThat(run.steps().get(0).agenda()).isEqualTo(p.steps().get(0).agenda());
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.TODO));
        assertThat(run.progressPercent()).isZero();
        assertThat(runs.runsOf("222127")).extracting(PlaybookRun::id).contains(run.id());
        // a prefecture adopts one too
        assertThat(runs.start(PLAYBOOK, "220001").adopterName()).isEqualTo("静岡県");
        assertThatThrownBy(() -> runs.start(PLAYBOOK, "999999")).isInstanceOf(FormationException.class);
        assertThatThrownBy(() -> runs.start("no-such-playbook", "222127")).hasMessage("formation.run.error.noPlaybook");
    }

    @Test
    void progress_counts_done_steps_over_those_not_skipped_and_shows_on_the_dashboard() {
        as("staff-progress", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "221309"); // 浜松市
        int n = run.steps().size();
        RunStep first = run.steps().get(0);
        RunStep last = run.steps().get(n - 1);
        runs.updateStep(run.id(), first.id(), first.version(), new StepUpdate("", null, StepStatus.DONE, "済み", ""));
        runs.updateStep(run.id(), last.id(), last.version(), new StepUpdate("", null, StepStatus.SKIPPED, "", ""));
        PlaybookRun after = runs.run(run.id()).orElseThrow();
        int expected = (int) Math.round(100.0 / (n - 1));
        assertThat(after.progressPercent()).isEqualTo(expected);
        as("anyone", AppRoles.STAFF);
        assertThat(formation.prefecture("220001").orElseThrow().municipalities().stream()
                .filter(r -> r.municipality().code().equals("221309")).findFirst().orElseThrow().playbookProgressPercent())
                .isEqualTo(expected);
    }

    @Test
    void only_the_starter_advisers_admins_or_the_steps_owner_change_a_step_and_owners_must_be_users() {
        ensureUser("yaizu-owner", AppRoles.STAFF);
        as("staff-starter", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "222127");
        RunStep step = run.steps().get(1);
        assertThatThrownBy(() -> runs.updateStep(run.id(), step.id(), step.version(),
                new StepUpdate("nobody-such", null, StepStatus.DOING, "", ""))).hasMessage("formation.run.error.owner");
        RunStep owned = runs.updateStep(run.id(), step.id(), step.version(),
                new StepUpdate("yaizu-owner", LocalDate.of(2027, 1, 31), StepStatus.DOING, "", ""));
        assertThat(owned.owner()).isEqualTo("yaizu-owner");

        as("staff-other", AppRoles.STAFF);
        assertThatThrownBy(() -> runs.updateStep(run.id(), owned.id(), owned.version(),
                new StepUpdate("yaizu-owner", null, StepStatus.DONE, "", ""))).hasMessage("formation.run.error.notOwner");
        assertThatThrownBy(() -> runs.addStep(run.id(), runs.run(run.id()).orElseThrow().version(), "勝手な手順"))
                .hasMessage("formation.run.error.notOwner");

        as("yaizu-owner", AppRoles.STAFF);
        RunStep done = runs.updateStep(run.id(), owned.id(), owned.version(), new StepUpdate("yaizu-owner", null, StepStatus.DONE,
                "意見交換会を開いた", "/library/yaizu"));
        assertThat(done.status()).isEqualTo(StepStatus.DONE);
        // the owner's stale form (old version) loses nothing and says so
        assertThatThrownBy(() -> runs.updateStep(run.id(), owned.id(), owned.version(),
                new StepUpdate("yaizu-owner", null, StepStatus.TODO, "", ""))).hasMessage("formation.run.error.changed");
        assertThat(runs.run(run.id()).orElseThrow().steps().get(1).notes()).isEqualTo("意見交換会を開いた");
    }

    @Test
    void steps_are_added_and_moved_and_a_stale_run_version_is_refused() {
        as("staff-reorder", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "221007"); // 静岡市
        PlaybookRun added = runs.addStep(run.id(), run.version(), "庁内連絡会議を開く");
        assertThat(added.steps()).last().satisfies(s -> {
            assertThat(s.title()).isEqualTo("庁内連絡会議を開く");
            assertThat(s.anchor()).isNull();
        });
        assertThatThrownBy(() -> runs.addStep(run.id(), run.version(), "古い画面から")).hasMessage("formation.run.error.runChanged");
        PlaybookRun current = runs.run(run.id()).orElseThrow();
        RunStep last = current.steps().get(current.steps().size() - 1);
        PlaybookRun moved = runs.moveStep(run.id(), current.version(), last.id(), -1);
        assertThat(moved.steps().get(moved.steps().size() - 2).id()).isEqualTo(last.id());
        assertThat(moved.steps()).extracting(RunStep::position).containsExactly(
                java.util.stream.IntStream.range(0, moved.steps().size()).boxed().toArray(Integer[]::new));
        assertThatThrownBy(() -> runs.addStep(run.id(), moved.version(), " ")).hasMessage("formation.run.error.titleRequired");
    }

    @Test
    void one_click_makes_a_workshop_session_with_the_steps_agenda_and_scenario_owned_by_the_facilitator() {
        as("facilitator-run", AppRoles.FACILITATOR);
        PlaybookRun run = runs.start(PLAYBOOK, "342131"); // 廿日市市
        RunStep withScenario = run.steps().stream().filter(s -> s.scenarioSlug() != null).findFirst().orElseThrow();
        WorkshopSession s = runs.createSession(run.id(), withScenario.id(), withScenario.version(),
                LocalDateTime.of(2027, 2, 10, 14, 0));
        assertThat(s.title()).contains("廿日市市", withScenario.title());
        assertThat(s.createdBy()).isEqualTo("facilitator-run");
        assertThat(workshops.agenda(s.id())).extracting(AgendaItem::title)
                .containsAll(withScenario.agenda()).contains("グループワーク（シナリオ）");
        assertThat(workshops.agenda(s.id())).filteredOn(a -> a.kind() == AgendaKind.GROUP_WORK)
                .extracting(AgendaItem::articleSlug).contains(withScenario.scenarioSlug());
        RunStep after = runs.run(run.id()).orElseThrow().steps().stream().filter(x -> x.id() == withScenario.id()).findFirst().orElseThrow();
        assertThat(after.evidenceSessionId()).isEqualTo(s.id());
        assertThat(after.status()).isEqualTo(StepStatus.DOING);

        as("staff-no-sessions", AppRoles.STAFF);
        RunStep other = run.steps().get(0);
        assertThatThrownBy(() -> runs.createSession(run.id(), other.id(), other.version(), LocalDateTime.of(2027, 2, 10, 14, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The issue sheet is set up from the step: the board sorts the rows under the step's discussion subjects. */
    @Test
    void a_session_from_a_step_gets_the_steps_discussion_subjects_as_its_issue_sheet_themes() {
        as("facilitator-themes", AppRoles.FACILITATOR);
        PlaybookRun run = runs.start("playbook-iwaki-liaison-meeting", "072044"); // いわき市
        // 居住支援法人と意見を交わす: 議題 住まいの確保で困っていること、運営面の課題、広報
        RunStep withLegalEntities = run.steps().stream().filter(x -> "step-2".equals(x.anchor())).findFirst().orElseThrow();
        WorkshopSession s = runs.createSession(run.id(), withLegalEntities.id(), withLegalEntities.version(),
                LocalDateTime.of(2027, 5, 20, 14, 0));
        assertThat(workshops.board(s.id()).themes()).extracting(jp.banso.workshop.Theme::name)
                .containsExactly("住まいの確保で困っていること", "運営面の課題", "広報");
        assertThat(s.sheetOpensAt()).isEqualTo(LocalDateTime.of(2027, 5, 13, 0, 0));

        // lectures and the meeting's form are no themes: 住宅セーフティネット制度と福祉の制度（講演）、課題シートをもとにした意見交換
        assertThat(PlaybookRunService.sheetThemes(java.util.List.of("住宅セーフティネット制度と福祉の制度（講演）",
                "課題シートをもとにした意見交換", "顔合わせ", "相談事例のグループワーク", "困ったときの相談先"))).containsExactly("困ったときの相談先");
    }
}
