package jp.banso.workshop;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import jp.banso.library.ArticleService;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's side of workshops: sessions and agenda, the live board (themes, discussion marks,
 * timer, dots, lock), export and import. For FACILITATOR and ADMIN only.
 */
@Service
public class WorkshopService {

    private final WorkshopRepository repo;
    private final WorkshopBroadcaster broadcaster;
    private final ArticleService articles;
    private final WorkshopSpreadsheets spreadsheets;
    private final Clock clock;

    WorkshopService(WorkshopRepository repo, WorkshopBroadcaster broadcaster, ArticleService articles,
                    WorkshopSpreadsheets spreadsheets, Clock clock) {
        this.repo = repo;
        this.broadcaster = broadcaster;
        this.articles = articles;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<WorkshopSession> listSessions() {
        return CurrentUser.hasRole(AppRoles.ADMIN) ? repo.listSessions() : repo.listSessionsOf(me());
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<WorkshopSession> findSession(long id) {
        Optional<WorkshopSession> s = repo.findSession(id);
        s.ifPresent(x -> requireOwnerOrCo(id));
        return s;
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public WorkshopSession createSession(SessionDraft draft) {
        SessionDraft d = valid(draft);
        String createdBy = CurrentUser.username().orElse("?");
        for (int attempt = 0; ; attempt++) {
            String code = Tokens.newJoinCode();
            if (repo.codeExists(code)) {
                continue;
            }
            try {
                // the creator owns the session (V045)
                return repo.findSession(repo.insertSession(d, code, createdBy)).orElseThrow();
            } catch (DuplicateKeyException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public WorkshopSession updateSession(long id, int version, SessionDraft draft) {
        SessionDraft d = valid(draft);
        requireOwnerOrCo(id);
        if (!repo.updateSession(id, version, d)) {
            throw new WorkshopException("workshop.error.sessionChanged");
        }
        WorkshopSession s = repo.findSession(id).orElseThrow();
        broadcaster.publishAfterCommit(new WorkshopEvent.StatusChanged(id, s.status(), s.dotsPerPerson()));
        return s;
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(long sessionId) {
        requireOwnerOrCo(sessionId);
        return repo.agenda(sessionId);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public AgendaItem addAgendaItem(long sessionId, AgendaItemDraft draft) {
        // the lock is the transaction's first read: InnoDB takes its snapshot at the first plain read, so a
        // count read after a later lock could still miss items other callers committed meanwhile
        repo.lockSession(sessionId);
        ownedSession(sessionId);
        AgendaItemDraft d = validAgendaItem(draft);
        List<AgendaItem> agenda = repo.agenda(sessionId);
        if (agenda.size() >= WorkshopLimits.AGENDA_ITEMS_MAX) {
            throw new WorkshopException("workshop.error.agendaFull", WorkshopLimits.AGENDA_ITEMS_MAX);
        }
        long id = repo.insertAgendaItem(sessionId, agenda.size(), d);
        return repo.agenda(sessionId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private AgendaItemDraft validAgendaItem(AgendaItemDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new WorkshopException("workshop.error.agendaKind");
        }
        String title = TextRules.required(draft.title(), WorkshopLimits.AGENDA_TITLE_MAX,
                "workshop.error.agendaTitle.required", "workshop.error.agendaTitle.tooLong");
        if (draft.minutes() < 1 || draft.minutes() > WorkshopLimits.AGENDA_MINUTES_MAX) {
            throw new WorkshopException("workshop.error.minutes", WorkshopLimits.AGENDA_MINUTES_MAX);
        }
        String slug = draft.articleSlug() == null || draft.articleSlug().isBlank() ? null : draft.articleSlug().strip();
        if (slug != null && articles.findPublished(slug).isEmpty()) {
            throw new WorkshopException("workshop.error.article", slug);
        }
        return new AgendaItemDraft(title, draft.minutes(), draft.kind(), slug);
    }

    /** Changes an item's title, minutes, kind and article; the running timer hears the new minutes. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public AgendaItem updateAgendaItem(long sessionId, long itemId, AgendaItemDraft draft) {
        repo.lockSession(sessionId);
        ownedSession(sessionId);
        AgendaItemDraft d = validAgendaItem(draft);
        if (!repo.updateAgendaItem(sessionId, itemId, d)) {
            throw new WorkshopException("workshop.error.agendaItemGone");
        }
        publishTimer(sessionId);
        return repo.agenda(sessionId).stream().filter(a -> a.id() == itemId).findFirst().orElseThrow();
    }

    /** Moves an item up ({@code -1}) or down ({@code +1}); returns the agenda in its new order. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public List<AgendaItem> moveAgendaItem(long sessionId, long itemId, int delta) {
        repo.lockSession(sessionId);
        ownedSession(sessionId);
        List<AgendaItem> order = new java.util.ArrayList<>(repo.agenda(sessionId));
        int from = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == itemId) {
                from = i;
            }
        }
        if (from < 0) {
            throw new WorkshopException("workshop.error.agendaItemGone");
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(delta)));
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            repo.setAgendaPosition(order.get(i).id(), i);
        }
        publishTimer(sessionId);
        return repo.agenda(sessionId);
    }

    /**
     * A new session from an existing one as a template: same title, kind, place and settings, the same agenda
     * (articles that are no longer published are left out), a new join code and the given date. The caller owns
     * the copy; only the original's owner, co-facilitators or ADMIN may copy it. Sheets and participants stay behind.
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public WorkshopSession copySession(long sessionId, LocalDateTime startsAt) {
        WorkshopSession from = ownedSession(sessionId);
        if (startsAt == null) {
            throw new WorkshopException("workshop.error.startsAt");
        }
        WorkshopSession copy = createSession(new SessionDraft(from.title(), from.kind(), startsAt, from.place(),
                from.online(), from.hostMunicipality(), from.sheetOpenDaysBefore(), from.dotsPerPerson()));
        List<AgendaItem> agenda = repo.agenda(sessionId);
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem a = agenda.get(i);
            String slug = a.articleSlug() != null && articles.findPublished(a.articleSlug()).isPresent() ? a.articleSlug() : null;
            repo.insertAgendaItem(copy.id(), i, new AgendaItemDraft(a.title(), a.minutes(), a.kind(), slug));
        }
        return copy;
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<LinkableArticle> linkableArticles() {
        return articles.listPublished(null, jp.banso.library.ArticleSort.TITLE).stream()
                .map(a -> new LinkableArticle(a.slug(), a.title())).toList();
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void removeAgendaItem(long sessionId, long itemId) {
        repo.lockSession(sessionId);
        requireOwnerOrCo(sessionId);
        repo.deleteAgendaItem(sessionId, itemId);
        List<AgendaItem> agenda = repo.agenda(sessionId);
        for (int i = 0; i < agenda.size(); i++) {
            repo.setAgendaPosition(agenda.get(i).id(), i);
        }
        publishTimer(sessionId);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Board board(long sessionId) {
        WorkshopSession s = ownedSession(sessionId);
        List<AgendaItem> agenda = repo.agenda(sessionId);
        return new Board(s, agenda, Timers.state(repo.findTimer(sessionId), agenda, clock.instant()),
                repo.participants(sessionId), repo.boardRows(sessionId), repo.themes(sessionId));
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public Theme createTheme(long sessionId, String name) {
        repo.lockSession(sessionId);
        ownedSession(sessionId);
        String n = TextRules.required(name, WorkshopLimits.THEME_NAME_MAX, "workshop.error.theme.required",
                "workshop.error.theme.tooLong");
        List<Theme> themes = repo.themes(sessionId);
        if (themes.size() >= WorkshopLimits.THEMES_MAX) {
            throw new WorkshopException("workshop.error.theme.full", WorkshopLimits.THEMES_MAX);
        }
        if (themes.stream().anyMatch(t -> t.name().equals(n))) {
            throw new WorkshopException("workshop.error.theme.duplicate", n);
        }
        Theme theme = new Theme(repo.insertTheme(sessionId, n), n);
        broadcaster.publishAfterCommit(new WorkshopEvent.ThemesChanged(sessionId, repo.themes(sessionId)));
        return theme;
    }

    /** Puts rows into a theme ({@code themeId} null takes them out of any). */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void assignTheme(long sessionId, Collection<Long> rowIds, Long themeId) {
        ownedSession(sessionId);
        if (themeId != null && repo.themes(sessionId).stream().noneMatch(t -> t.id() == themeId)) {
            throw new WorkshopException("workshop.error.theme.missing");
        }
        repo.setTheme(sessionId, new LinkedHashSet<>(rowIds), themeId);
        publishRows(rowIds);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void markForDiscussion(long sessionId, Collection<Long> rowIds, boolean forDiscussion) {
        ownedSession(sessionId);
        repo.setForDiscussion(sessionId, new LinkedHashSet<>(rowIds), forDiscussion);
        publishRows(rowIds);
        broadcaster.publishAfterCommit(new WorkshopEvent.CandidatesChanged(sessionId));
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void setDotsPerPerson(long sessionId, int dots) {
        WorkshopSession s = ownedSession(sessionId);
        if (dots < 0 || dots > WorkshopLimits.DOTS_MAX) {
            throw new WorkshopException("workshop.error.dots", WorkshopLimits.DOTS_MAX);
        }
        repo.setDots(sessionId, dots);
        broadcaster.publishAfterCommit(new WorkshopEvent.StatusChanged(sessionId, s.status(), dots));
    }

    /** Starts the current item (the first when none), or resumes it after a pause. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public TimerState startTimer(long sessionId) {
        repo.lockSession(sessionId);
        requireOwnerOrCo(sessionId);
        List<AgendaItem> agenda = repo.agenda(sessionId);
        if (agenda.isEmpty()) {
            throw new WorkshopException("workshop.error.noAgenda");
        }
        WorkshopRepository.TimerRow t = repo.findTimer(sessionId);
        Instant now = clock.instant();
        if (t.position() == null || t.position() >= agenda.size()) {
            repo.setTimer(sessionId, 0, now, 0);
        } else if (t.startedAt() == null) {
            repo.setTimer(sessionId, t.position(), now, t.elapsedMs());
        }
        return publishTimer(sessionId);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public TimerState pauseTimer(long sessionId) {
        repo.lockSession(sessionId);
        requireOwnerOrCo(sessionId);
        WorkshopRepository.TimerRow t = repo.findTimer(sessionId);
        if (t.startedAt() != null) {
            long elapsed = t.elapsedMs() + Duration.between(t.startedAt(), clock.instant()).toMillis();
            repo.setTimer(sessionId, t.position(), null, elapsed);
        }
        return publishTimer(sessionId);
    }

    /** Moves to the next agenda item and starts its time; after the last item the timer stops. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public TimerState nextAgendaItem(long sessionId) {
        repo.lockSession(sessionId);
        requireOwnerOrCo(sessionId);
        List<AgendaItem> agenda = repo.agenda(sessionId);
        WorkshopRepository.TimerRow t = repo.findTimer(sessionId);
        int next = t.position() == null ? 0 : t.position() + 1;
        if (next >= agenda.size()) {
            repo.setTimer(sessionId, null, null, 0);
        } else {
            repo.setTimer(sessionId, next, clock.instant(), 0);
        }
        return publishTimer(sessionId);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public WorkshopSession setStatus(long sessionId, SessionStatus status) {
        repo.lockSession(sessionId);
        ownedSession(sessionId);
        repo.setStatus(sessionId, status, clock.instant());
        WorkshopSession s = session(sessionId);
        broadcaster.publishAfterCommit(new WorkshopEvent.StatusChanged(sessionId, status, s.dotsPerPerson()));
        return s;
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportXlsx(long sessionId) {
        Board b = board(sessionId);
        return spreadsheets.export(b);
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportCsv(long sessionId) {
        return spreadsheets.csv(board(sessionId));
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] importTemplate(long sessionId) {
        return spreadsheets.template(ownedSession(sessionId));
    }

    /**
     * Imports sheets filled offline in the template: one participant per distinct (name, affiliation,
     * organisation), their rows in order. Any error in any row: nothing is imported (one transaction).
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public ImportReport importXlsx(long sessionId, InputStream in) {
        WorkshopSession s = ownedSession(sessionId);
        List<WorkshopSpreadsheets.ImportedRow> rows;
        try {
            rows = spreadsheets.read(in);
        } catch (WorkshopImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not an .xlsx, or a damaged one: POI throws a variety of runtime exceptions
            throw new WorkshopImportException(List.of(new ImportError(0, "workshop.import.unreadable", "")));
        }
        java.util.Map<String, Long> participants = new java.util.LinkedHashMap<>();
        java.util.Map<Long, Integer> positions = new java.util.HashMap<>();
        for (WorkshopSpreadsheets.ImportedRow r : rows) {
            String key = r.displayName() + "\u0000" + r.affiliation() + "\u0000" + r.organisation();
            long pid = participants.computeIfAbsent(key, k ->
                    repo.insertParticipant(s.id(), Tokens.hash(Tokens.newToken()), r.displayName(), r.affiliation(),
                            r.organisation()));
            int pos = positions.merge(pid, 1, Integer::sum) - 1;
            long rowId = repo.insertRow(s.id(), pid, pos, r.text());
            repo.findBoardRow(rowId).ifPresent(br -> broadcaster.publishAfterCommit(new WorkshopEvent.RowSaved(s.id(), br)));
        }
        for (long pid : participants.values()) {
            repo.participants(s.id()).stream().filter(p -> p.id() == pid).findFirst()
                    .ifPresent(p -> broadcaster.publishAfterCommit(new WorkshopEvent.ParticipantJoined(s.id(), p)));
        }
        return new ImportReport(participants.size(), rows.size());
    }

    /** Who runs the session: its owner and co-facilitators. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public SessionTeam team(long sessionId) {
        ownedSession(sessionId);
        return new SessionTeam(repo.owner(sessionId), repo.coFacilitators(sessionId));
    }

    /** Facilitators (and admins) with an enabled account: whom the owner may add as co-facilitators. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> facilitatorUsernames() {
        return repo.facilitatorUsernames();
    }

    /** Only the owner (or ADMIN) changes the team: a co-facilitator helps run the session but cannot add others. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public SessionTeam addCoFacilitator(long sessionId, String username) {
        repo.lockSession(sessionId);
        requireOwner(sessionId);
        String u = username == null ? "" : username.strip();
        if (!repo.facilitatorUsernames().contains(u)) {
            throw new WorkshopException("workshop.team.notFacilitator", u);
        }
        if (!u.equals(repo.owner(sessionId))) {
            repo.addCoFacilitator(sessionId, u, me());
        }
        return new SessionTeam(repo.owner(sessionId), repo.coFacilitators(sessionId));
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public SessionTeam removeCoFacilitator(long sessionId, String username) {
        repo.lockSession(sessionId);
        requireOwner(sessionId);
        repo.removeCoFacilitator(sessionId, username);
        return new SessionTeam(repo.owner(sessionId), repo.coFacilitators(sessionId));
    }

    private void requireOwner(long sessionId) {
        session(sessionId);
        if (!CurrentUser.hasRole(AppRoles.ADMIN) && !me().equals(repo.owner(sessionId))) {
            throw new AccessDeniedException("not the owner of session " + sessionId);
        }
    }

    private void publishRows(Collection<Long> rowIds) {
        for (long id : new LinkedHashSet<>(rowIds)) {
            repo.findBoardRow(id).ifPresent(r -> broadcaster.publishAfterCommit(new WorkshopEvent.RowSaved(r.sessionId(), r)));
        }
    }

    private TimerState publishTimer(long sessionId) {
        TimerState state = Timers.state(repo.findTimer(sessionId), repo.agenda(sessionId), clock.instant());
        broadcaster.publishAfterCommit(new WorkshopEvent.TimerChanged(sessionId, state));
        return state;
    }

    /** The session, when the caller may run it (see {@link #requireOwnerOrCo}). */
    private WorkshopSession ownedSession(long id) {
        WorkshopSession s = session(id);
        requireOwnerOrCo(id);
        return s;
    }

    /**
     * Every action on a session passes here: its owner and co-facilitators may act on it, and ADMIN; any other
     * facilitator is denied, whatever their role. A session that does not exist is denied too (nothing leaks).
     */
    private void requireOwnerOrCo(long sessionId) {
        if (CurrentUser.hasRole(AppRoles.ADMIN)) {
            return;
        }
        if (!repo.isFacilitatorOf(sessionId, me())) {
            throw new AccessDeniedException("not a facilitator of session " + sessionId);
        }
    }

    private static String me() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    private WorkshopSession session(long id) {
        return repo.findSession(id).orElseThrow(() -> new WorkshopException("workshop.error.noSession"));
    }

    private static SessionDraft valid(SessionDraft d) {
        if (d == null || d.kind() == null) {
            throw new WorkshopException("workshop.error.kind");
        }
        String title = TextRules.required(d.title(), WorkshopLimits.TITLE_MAX, "workshop.error.title.required",
                "workshop.error.title.tooLong");
        LocalDateTime startsAt = d.startsAt();
        if (startsAt == null) {
            throw new WorkshopException("workshop.error.startsAt");
        }
        String place = TextRules.limit(TextRules.line(d.place()), WorkshopLimits.PLACE_MAX, "workshop.error.place.tooLong");
        String municipality = TextRules.limit(TextRules.line(d.hostMunicipality()), WorkshopLimits.MUNICIPALITY_MAX,
                "workshop.error.municipality.tooLong");
        if (d.sheetOpenDaysBefore() < 0 || d.sheetOpenDaysBefore() > WorkshopLimits.OPEN_DAYS_BEFORE_MAX) {
            throw new WorkshopException("workshop.error.openDays", WorkshopLimits.OPEN_DAYS_BEFORE_MAX);
        }
        if (d.dotsPerPerson() < 0 || d.dotsPerPerson() > WorkshopLimits.DOTS_MAX) {
            throw new WorkshopException("workshop.error.dots", WorkshopLimits.DOTS_MAX);
        }
        return new SessionDraft(title, d.kind(), startsAt.withSecond(0).withNano(0), place, d.online(), municipality,
                d.sheetOpenDaysBefore(), d.dotsPerPerson());
    }
}
