package jp.banso.formation;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.banso.base.BansoProperties;
import jp.banso.base.upload.UploadChecks;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopLimits;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Playbook runs: a municipality or prefecture adopts a published playbook and follows its steps. Any signed-in
 * user may start and read runs. The run's starter, advisers and admins change its structure (add, reorder);
 * they and the step's owner update a step and attach or remove its documents; everyone who may read the run
 * downloads them. Sessions are made by facilitators and admins (the workshop's rule).
 */
@Service
public class PlaybookRunService {

    private static final Logger LOG = LoggerFactory.getLogger(PlaybookRunService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlaybookRunRepository runs;
    private final FormationRepository register;
    private final PlaybookService playbooks;
    private final WorkshopService workshops;
    private final Clock clock;
    private final Path fileDir;

    PlaybookRunService(PlaybookRunRepository runs, FormationRepository register, PlaybookService playbooks,
                       WorkshopService workshops, Clock clock, BansoProperties properties) {
        this.runs = runs;
        this.register = register;
        this.playbooks = playbooks;
        this.workshops = workshops;
        this.clock = clock;
        this.fileDir = properties.resolve("run-evidence");
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
     * has one), issue sheets opening 7 days before, and the board's themes for sorting the sheets' rows: the
     * subjects among the step's agenda items (see {@link #sheetThemes}). The session becomes the step's evidence; a step not yet
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
        for (String theme : sheetThemes(step.agenda())) {
            workshops.createTheme(s.id(), theme);
        }
        StepStatus status = step.status() == StepStatus.TODO ? StepStatus.DOING : step.status();
        if (!runs.linkSession(step.id(), stepVersion, s.id(), status, user(), clock.instant())) {
            throw new FormationException("formation.run.error.changed", step.title());
        }
        return s;
    }

    // ---------------------------------------------------------------- attached documents

    /**
     * Attaches a document to a step as its evidence, for those who may update the step. The type is read from the
     * bytes (PDF, Word, Excel, images) and must agree with the name; the bytes are kept under the data folder with a
     * random name, outside the web root. At most {@link FormationLimits#STEP_FILES_MAX} per step, also when many
     * attach at once: the step's row is locked before counting.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public StepAttachment attach(long runId, long stepId, String fileName, byte[] bytes) {
        // the lock is the first read: a count read after it sees what others committed meanwhile
        if (!runs.lockStep(runId, stepId)) {
            throw new FormationException("formation.run.error.noStep");
        }
        PlaybookRun run = runOrFail(runId);
        if (!canUpdate(run, stepOrFail(run, stepId))) {
            throw new FormationException("formation.run.error.notOwner");
        }
        UploadChecks.Checked file = UploadChecks.check(fileName, bytes, FormationLimits.STEP_FILE_MAX_BYTES,
                FormationLimits.STEP_FILE_NAME_MAX, FormationLimits.STEP_FILE_TYPES, "formation.run.error.fileType");
        if (runs.countAttachments(stepId) >= FormationLimits.STEP_FILES_MAX) {
            throw new FormationException("formation.run.error.tooManyFiles", FormationLimits.STEP_FILES_MAX);
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String stored = HexFormat.of().formatHex(random);
        Path path = fileDir.resolve(stored);
        try {
            Files.createDirectories(fileDir);
            Files.write(path, bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a row that never commits leaves no file behind
        afterCompletion(committed -> {
            if (!committed) {
                deleteQuietly(path);
            }
        });
        runs.insertAttachment(stepId, stored, file.name(), file.type().mediaType(), bytes.length, user(), clock.instant());
        return runs.attachmentByStoredName(runId, stored).map(PlaybookRunService::attachment).orElseThrow();
    }

    /** The run's attached documents by step id, each step's in the order they were attached. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional(readOnly = true)
    public Map<Long, List<StepAttachment>> attachments(long runId) {
        Map<Long, List<StepAttachment>> out = new LinkedHashMap<>();
        runs.attachmentsOfRun(runId).forEach(a -> out.computeIfAbsent(a.stepId(), k -> new ArrayList<>()).add(attachment(a)));
        return out;
    }

    /** A document's bytes for whoever may see the run; empty when the run has no such document. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional(readOnly = true)
    public Optional<StepAttachmentFile> readAttachment(long runId, String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return runs.attachmentByStoredName(runId, storedName).map(a -> {
            try {
                return new StepAttachmentFile(a.name(), a.contentType(), Files.readAllBytes(fileDir.resolve(a.storedName())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Removes a document, for those who may update its step; the file goes once the removal is committed. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.STAFF})
    @Transactional
    public void removeAttachment(long runId, long attachmentId) {
        PlaybookRunRepository.AttachmentRow a = runs.attachment(runId, attachmentId)
                .orElseThrow(() -> new FormationException("formation.run.error.noFile"));
        PlaybookRun run = runOrFail(runId);
        if (!canUpdate(run, stepOrFail(run, a.stepId()))) {
            throw new FormationException("formation.run.error.notOwner");
        }
        if (!runs.deleteAttachment(a.id())) {
            throw new FormationException("formation.run.error.noFile");
        }
        Path path = fileDir.resolve(a.storedName());
        afterCompletion(committed -> {
            if (committed) {
                deleteQuietly(path);
            }
        });
    }

    private static StepAttachment attachment(PlaybookRunRepository.AttachmentRow a) {
        return new StepAttachment(a.id(), a.stepId(), a.name(), a.contentType(), a.size(), a.uploadedBy(), a.uploadedAt(),
                "/api/formation/runs/" + a.runId() + "/attachments/" + a.storedName());
    }

    private static void afterCompletion(java.util.function.Consumer<Boolean> action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status == STATUS_COMMITTED);
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete {}", path, e);
        }
    }

    /** Agenda items that name how the meeting runs (an exchange, introductions, reports) rather than a subject. */
    private static final List<String> MEETING_FORMS = List.of("意見交換", "顔合わせ", "発表", "報告", "設立総会", "宣言");

    /**
     * The issue sheet's themes for a session made from a step: its discussion subjects, such as
     * 「住まいの確保で困っていること」「運営面の課題」「広報」. Lectures, group work and items naming the meeting's
     * form are left out; at most the workshop's limit, each within its length.
     */
    static List<String> sheetThemes(List<String> agenda) {
        return agenda.stream()
                .filter(a -> agendaKind(a) == AgendaKind.DISCUSSION)
                .filter(a -> MEETING_FORMS.stream().noneMatch(a::contains))
                .filter(a -> a.codePointCount(0, a.length()) <= WorkshopLimits.THEME_NAME_MAX)
                .distinct().limit(WorkshopLimits.THEMES_MAX).toList();
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
