package jp.banso.formation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbook runs: a municipality or prefecture adopts a published playbook and follows its steps. Any signed-in
 * user may start and read runs. The run's starter, advisers and admins change its structure (add, reorder);
 * they and the step's owner update a step. Sessions are made by facilitators and admins (the workshop's rule).
 */
@Service
public class PlaybookRunService {

    private final PlaybookRunRepository runs;
    private final FormationRepository register;
    private final PlaybookService playbooks;
    private final WorkshopService workshops;
    private final Clock clock;

    PlaybookRunService(PlaybookRunRepository runs, FormationRepository register, PlaybookService playbooks,
                       WorkshopService workshops, Clock clock) {
        this.runs = runs;
        this.register = register;
        this.playbooks = playbooks;
        this.workshops = workshops;
        this.clock = clock;
    }

    /** Starts a run for a municipality or prefecture (6-digit code), with the playbook's steps copied in order. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public PlaybookRun start(String playbookSlug, String adopterCode) {
        Playbook p = playbooks.findPublished(playbookSlug == null ? "" : playbookSlug)
                .orElseThrow(() -> new FormationException("formation.run.error.noPlaybook", String.valueOf(playbookSlug)));
        String code = adopterCode == null ? "" : adopterCode.strip();
        String municipality = register.municipality(code).map(Municipality::code).orElse(null);
        String prefecture = municipality == null ? register.prefecture(code).map(Prefecture::code).orElse(null) : null;
        if (municipality == null && prefecture == null) {
            throw new FormationException("formation.error.unknownMunicipality", code);
        }
        long id = runs.insertRun(p.slug(), p.title(), municipality, prefecture, user(), clock.instant());
        int i = 0;
        for (PlaybookStep s : p.steps()) {
            runs.insertStep(id, i++, s.anchor(), s.title(), s.whatToDo(), s.agenda(), s.scenarioSlug());
        }
        return runs.run(id).orElseThrow();
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional(readOnly = true)
    public List<PlaybookRun> runsOf(String adopterCode) {
        return runs.runsOf(adopterCode == null ? "" : adopterCode.strip());
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional(readOnly = true)
    public Optional<PlaybookRun> run(long id) {
        return runs.run(id);
    }

    /** Whether the caller may change the run's structure: its starter, an adviser or an admin. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    public boolean canManage(PlaybookRun run) {
        return CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.ADVISER) || run.startedBy().equals(user());
    }

    /** Whether the caller may update this step: who may manage the run, or the step's owner. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    public boolean canUpdate(PlaybookRun run, RunStep step) {
        return canManage(run) || user().equals(step.owner());
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public RunStep updateStep(long runId, long stepId, int version, StepUpdate u) {
        PlaybookRun run = runOrFail(runId);
        RunStep step = stepOrFail(run, stepId);
        if (!canUpdate(run, step)) {
            throw new FormationException("formation.run.error.notOwner");
        }
        if (u == null || u.status() == null) {
            throw new FormationException("formation.run.error.status");
        }
        String owner = u.owner() == null ? "" : u.owner().strip();
        if (!owner.isEmpty() && (owner.length() > FormationLimits.USERNAME_MAX || !runs.userExists(owner))) {
            throw new FormationException("formation.run.error.owner", owner);
        }
        String notes = Text.limit(Text.clean(u.notes()), FormationLimits.STEP_NOTES_MAX, "formation.run.error.notesTooLong");
        String url = Text.url(u.evidenceUrl());
        StepUpdate clean = new StepUpdate(owner.isEmpty() ? null : owner, u.dueDate(), u.status(), notes, url);
        if (!runs.updateStep(step.id(), version, clean, user(), clock.instant())) {
            throw new FormationException("formation.run.error.changed", step.title());
        }
        return stepOrFail(runOrFail(runId), stepId);
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public PlaybookRun addStep(long runId, int runVersion, String title) {
        PlaybookRun run = managed(runId, runVersion);
        String t = Text.clean(title).replaceAll("[\\r\\n\\t]+", " ").strip();
        if (t.isEmpty()) {
            throw new FormationException("formation.run.error.titleRequired");
        }
        Text.limit(t, FormationLimits.STEP_TITLE_MAX, "formation.run.error.titleTooLong");
        if (run.steps().size() >= FormationLimits.STEPS_MAX) {
            throw new FormationException("formation.run.error.tooManySteps", FormationLimits.STEPS_MAX);
        }
        runs.insertStep(runId, run.steps().size(), null, t, "", List.of(), null);
        return runOrFail(runId);
    }

    /** Moves a step up ({@code -1}) or down ({@code +1}); positions are renumbered 0..n-1. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public PlaybookRun moveStep(long runId, int runVersion, long stepId, int delta) {
        PlaybookRun run = managed(runId, runVersion);
        List<RunStep> steps = new ArrayList<>(run.steps());
        int from = steps.indexOf(stepOrFail(run, stepId));
        int to = Math.max(0, Math.min(steps.size() - 1, from + Integer.signum(delta)));
        steps.add(to, steps.remove(from));
        for (int i = 0; i < steps.size(); i++) {
            runs.setPosition(steps.get(i).id(), i);
        }
        return runOrFail(runId);
    }

    /**
     * Makes a workshop session from a step: its title, agenda (a group-work item with the step's scenario when it
     * has one) and issue sheets opening 7 days before. The session becomes the step's evidence; a step not yet
     * started becomes 進行中. The caller becomes the session's creator.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.FACILITATOR})
    @Transactional
    public WorkshopSession createSession(long runId, long stepId, int stepVersion, LocalDateTime startsAt) {
        PlaybookRun run = runOrFail(runId);
        RunStep step = stepOrFail(run, stepId);
        if (!canUpdate(run, step) && !CurrentUser.hasRole(AppRoles.FACILITATOR)) {
            throw new FormationException("formation.run.error.notOwner");
        }
        if (step.version() != stepVersion) {
            throw new FormationException("formation.run.error.changed", step.title());
        }
        if (startsAt == null) {
            throw new FormationException("formation.run.error.startsAt");
        }
        boolean groupWork = step.scenarioSlug() != null;
        String title = (run.adopterName() + " " + step.title());
        if (title.codePointCount(0, title.length()) > 200) {
            title = title.substring(0, title.offsetByCodePoints(0, 200));
        }
        WorkshopSession s = workshops.createSession(new SessionDraft(title, groupWork ? SessionKind.EXCHANGE : SessionKind.STUDY,
                startsAt, "", false, run.adopterName(), 7, 3));
        for (String item : step.agenda()) {
            workshops.addAgendaItem(s.id(), new AgendaItemDraft(item, FormationLimits.AGENDA_ITEM_MINUTES,
                    agendaKind(item), null));
        }
        if (groupWork) {
            workshops.addAgendaItem(s.id(), new AgendaItemDraft("グループワーク（シナリオ）", 45, AgendaKind.GROUP_WORK,
                    step.scenarioSlug()));
        }
        StepStatus status = step.status() == StepStatus.TODO ? StepStatus.DOING : step.status();
        if (!runs.linkSession(step.id(), stepVersion, s.id(), status, user(), clock.instant())) {
            throw new FormationException("formation.run.error.changed", step.title());
        }
        return s;
    }

    private static AgendaKind agendaKind(String item) {
        if (item.contains("講演") || item.contains("説明") || item.contains("紹介")) {
            return AgendaKind.LECTURE;
        }
        return item.contains("グループワーク") ? AgendaKind.GROUP_WORK : AgendaKind.DISCUSSION;
    }

    private PlaybookRun managed(long runId, int runVersion) {
        PlaybookRun run = runOrFail(runId);
        if (!canManage(run)) {
            throw new FormationException("formation.run.error.notOwner");
        }
        if (!runs.bumpRun(runId, runVersion)) {
            throw new FormationException("formation.run.error.runChanged");
        }
        return run;
    }

    private PlaybookRun runOrFail(long id) {
        return runs.run(id).orElseThrow(() -> new FormationException("formation.run.error.noRun"));
    }

    private static RunStep stepOrFail(PlaybookRun run, long stepId) {
        return run.steps().stream().filter(s -> s.id() == stepId).findFirst()
                .orElseThrow(() -> new FormationException("formation.run.error.noStep"));
    }

    private static String user() {
        return CurrentUser.username().orElse("?");
    }
}
