package jp.banso.workshop;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import jp.banso.workshop.grouping.GroupPlanner;
import jp.banso.workshop.grouping.Grouping;
import jp.banso.workshop.grouping.GroupingRequest;
import jp.banso.workshop.grouping.Member;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group work: the facilitator forms breakout groups (mixed by {@link GroupPlanner}), pins, moves and swaps
 * people, gives tables a scenario, and calls everyone back; members fill one worksheet per group together.
 * Facilitator actions need the FACILITATOR or ADMIN role and the session's ownership; participant actions
 * need their token and reach only their own group.
 */
@Service
public class GroupWorkService {

    /** The tables and who is not at one yet. */
    public record Roster(List<WorkGroup> groups, List<GroupMember> unseated) {
    }

    private final GroupWorkRepository repo;
    private final WorkshopRepository workshops;
    private final GroupPlacement placement;
    private final WorkshopBroadcaster broadcaster;
    private final ObjectProvider<ScenarioCatalog> scenarios;
    private final Clock clock;
    private final SessionRecords records;
    private final ObjectProvider<jp.banso.curation.ArticleEditingService> curation;

    GroupWorkService(GroupWorkRepository repo, WorkshopRepository workshops, GroupPlacement placement,
                     WorkshopBroadcaster broadcaster, ObjectProvider<ScenarioCatalog> scenarios, Clock clock,
                     SessionRecords records, ObjectProvider<jp.banso.curation.ArticleEditingService> curation) {
        this.records = records;
        this.curation = curation;
        this.repo = repo;
        this.workshops = workshops;
        this.placement = placement;
        this.broadcaster = broadcaster;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    // --- facilitator

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<GroupScenario> scenarios() {
        ScenarioCatalog c = scenarios.getIfAvailable();
        return c == null ? List.of() : c.published();
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Roster roster(long sessionId) {
        owned(sessionId);
        return roster(repo.groups(sessionId), repo.seats(sessionId));
    }

    /**
     * Forms the groups from everyone present, keeping pinned people at their table. A bad request (more groups
     * than people, pins that break the sizes) throws with a message and changes nothing.
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public Roster formGroups(long sessionId, GroupForm form) {
        owned(sessionId);
        workshops.lockSession(sessionId);
        List<GroupWorkRepository.Seat> seats = repo.seats(sessionId);
        if (seats.isEmpty()) {
            throw new WorkshopException("groupwork.error.nobody");
        }
        if (form == null || (form.groupCount() == null && form.groupSize() == null)) {
            throw new WorkshopException("groupwork.error.countOrSize");
        }
        int count = form.groupCount() != null ? form.groupCount() : GroupPlanner.groupCountForSize(seats.size(), form.groupSize());
        if (count > GroupWorkLimits.GROUPS_MAX) {
            throw new WorkshopException("groupwork.error.tooManyGroups", GroupWorkLimits.GROUPS_MAX);
        }
        GroupScenario scenario = form.scenarioSlug() == null || form.scenarioSlug().isBlank() ? null : scenario(form.scenarioSlug());
        List<GroupWorkRepository.GroupRow> before = repo.groups(sessionId);
        Map<String, Integer> pins = new HashMap<>();
        for (GroupWorkRepository.Seat s : seats) {
            if (s.pinned() && s.groupId() != null) {
                before.stream().filter(g -> g.id() == s.groupId()).findFirst()
                        .ifPresent(g -> pins.put(String.valueOf(s.participant().id()), g.tableNo() - 1));
            }
        }
        List<Member> members = seats.stream().map(GroupPlacement::member).toList();
        // the engine checks sizes and pins before anything is written: an impossible request changes nothing
        Grouping grouping = placement.planner().plan(new GroupingRequest(members, count, pins, clock.millis()));

        Worksheet defaultSheet = form.worksheet() == null ? Worksheet.ISSUE_SHEET : form.worksheet();
        List<GroupWorkRepository.GroupRow> tables = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int tableNo = k + 1;
            GroupWorkRepository.GroupRow existing = before.stream().filter(g -> g.tableNo() == tableNo).findFirst().orElse(null);
            if (existing == null) {
                Worksheet w = scenario != null ? scenario.worksheet() : defaultSheet;
                long id = repo.insertGroup(sessionId, tableNo, scenario == null ? null : scenario.slug(), w);
                GroupWorkRepository.GroupRow g = repo.group(id).orElseThrow();
                initialise(g, scenario);
                tables.add(repo.group(id).orElseThrow());
            } else {
                if (scenario != null && !Objects.equals(existing.scenarioSlug(), scenario.slug())) {
                    changeScenario(existing, scenario);
                }
                tables.add(repo.group(existing.id()).orElseThrow());
            }
        }
        repo.deleteGroupsAbove(sessionId, count);
        repo.clearMembers(sessionId);
        for (int k = 0; k < count; k++) {
            for (String id : grouping.groups().get(k)) {
                repo.seatMember(Long.parseLong(id), tables.get(k).id(), pins.containsKey(id));
            }
        }
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
        return roster(repo.groups(sessionId), repo.seats(sessionId));
    }

    /** Forms the same number of groups again around the pinned people. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public Roster recompute(long sessionId) {
        owned(sessionId);
        int count = repo.groups(sessionId).size();
        if (count == 0) {
            throw new WorkshopException("groupwork.error.noGroups");
        }
        return formGroups(sessionId, new GroupForm(count, null, null, null));
    }

    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void pin(long sessionId, long participantId, boolean pinned) {
        owned(sessionId);
        GroupWorkRepository.Seat s = seatIn(sessionId, participantId);
        if (s.groupId() == null) {
            throw new WorkshopException("groupwork.error.notSeated");
        }
        repo.setPinned(participantId, pinned);
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
    }

    /** Moves a person to another table and pins them there (a hand-made choice a recompute keeps). */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void move(long sessionId, long participantId, int tableNo) {
        owned(sessionId);
        workshops.lockSession(sessionId);
        seatIn(sessionId, participantId);
        GroupWorkRepository.GroupRow g = repo.groups(sessionId).stream().filter(x -> x.tableNo() == tableNo).findFirst()
                .orElseThrow(() -> new WorkshopException("groupwork.error.noTable", tableNo));
        repo.seatMember(participantId, g.id(), true);
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
    }

    /** Exchanges the tables of two seated people; both are pinned where they land. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void swap(long sessionId, long participantA, long participantB) {
        owned(sessionId);
        workshops.lockSession(sessionId);
        GroupWorkRepository.Seat a = seatIn(sessionId, participantA);
        GroupWorkRepository.Seat b = seatIn(sessionId, participantB);
        if (a.groupId() == null || b.groupId() == null) {
            throw new WorkshopException("groupwork.error.notSeated");
        }
        repo.seatMember(participantA, b.groupId(), true);
        repo.seatMember(participantB, a.groupId(), true);
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
    }

    /** Gives one table its own scenario (null: none). A worksheet that already has text keeps its kind. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void setScenario(long sessionId, long groupId, String scenarioSlug) {
        owned(sessionId);
        GroupWorkRepository.GroupRow g = repo.lockGroup(groupId).filter(x -> x.sessionId() == sessionId)
                .orElseThrow(() -> new WorkshopException("groupwork.error.noGroup"));
        GroupScenario s = scenarioSlug == null || scenarioSlug.isBlank() ? null : scenario(scenarioSlug);
        if (s == null) {
            repo.setScenario(g.id(), null, g.worksheet());
        } else {
            changeScenario(g, s);
        }
        broadcaster.publishAfterCommit(new WorkshopEvent.GroupsChanged(sessionId));
    }

    /** Sends every participant's phone back to their main page. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public void recallEveryone(long sessionId) {
        owned(sessionId);
        broadcaster.publishAfterCommit(new WorkshopEvent.Recalled(sessionId));
    }

    /** Every group's worksheet, in table order, for the overview. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<GroupSheet> sheets(long sessionId) {
        owned(sessionId);
        Map<Long, List<GroupCell>> cells = repo.cellsOfSession(sessionId);
        return repo.groups(sessionId).stream().map(g -> new GroupSheet(g.id(), sessionId, g.tableNo(), g.worksheet(),
                g.rowCount(), cells.getOrDefault(g.id(), List.of()))).toList();
    }

    /** The session record as Markdown (names only of participants who agreed), for print and download. */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public String recordMarkdown(long sessionId) {
        return records.markdown(owned(sessionId));
    }

    /**
     * The session record as an Excel workbook: 次第, attendance by affiliation (names only of those who agreed),
     * the issue-sheet rows by theme with their votes, and every group's worksheet; headers in Japanese.
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] recordXlsx(long sessionId) {
        return RecordWorkbook.write(records.content(owned(sessionId)));
    }

    /**
     * The record as it would go into a case-article draft: every participant name replaced, and the words left in
     * it that may still identify a person (phone numbers, e-mail and street addresses) for the adviser to check.
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public RecordDraft recordDraft(long sessionId) {
        WorkshopSession s = owned(sessionId);
        String md = records.markdown(s);
        Set<String> warnings = new LinkedHashSet<>(records.identifyingWords(sessionId, md));
        String anonymous = records.withoutNames(sessionId, md);
        warnings.addAll(records.identifyingWords(sessionId, anonymous));
        return new RecordDraft(anonymous, List.copyOf(warnings));
    }

    /**
     * Turns the record into a DRAFT case article in the advisers' queue (curation's own service and rules: the
     * caller must also be an ADVISER or ADMIN). Participant names are left out; returns the draft's slug and the
     * words that may still identify a person, which the adviser checks before review.
     */
    @RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public CaseDraft createCaseDraft(long sessionId) {
        WorkshopSession s = owned(sessionId);
        if (!CurrentUser.hasRole(AppRoles.ADVISER) && !CurrentUser.hasRole(AppRoles.ADMIN)) {
            throw new WorkshopException("groupwork.error.needsAdviser");
        }
        String slug = "session-" + s.id() + "-" + s.startsAt().toLocalDate().toString().replace("-", "");
        String withNames = records.caseArticle(s, slug);
        String md = records.withoutNames(sessionId, withNames);
        jp.banso.library.ArticleDocument doc = jp.banso.library.ArticleDocument.parse(md);
        curation.getObject().createDraft(doc, "会の記録から作成（参加者名は除いています）");
        // the names that were removed, and whatever else may still identify someone, for the adviser to check
        Set<String> words = new LinkedHashSet<>(records.identifyingWords(sessionId, withNames));
        words.addAll(records.identifyingWords(sessionId, md));
        return new CaseDraft(slug, List.copyOf(words));
    }

    // --- participants

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MyGroup> myGroup(String token) {
        GroupWorkRepository.Seat me = me(token);
        if (me.groupId() == null) {
            return Optional.empty();
        }
        List<GroupWorkRepository.Seat> seats = repo.seats(me.participant().sessionId());
        return repo.group(me.groupId()).map(g -> new MyGroup(workGroup(g, seats),
                g.scenarioSlug() == null ? null : findScenario(g.scenarioSlug()).orElse(null)));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<GroupSheet> mySheet(String token) {
        GroupWorkRepository.Seat me = me(token);
        if (me.groupId() == null) {
            return Optional.empty();
        }
        return repo.group(me.groupId()).map(g -> new GroupSheet(g.id(), g.sessionId(), g.tableNo(), g.worksheet(),
                g.rowCount(), repo.cells(g.id())));
    }

    /**
     * Saves one cell of the caller's group worksheet. When someone saved it since {@code baseVersion}, both texts
     * are kept (theirs, then the caller's) and the answer says so; a text already there is not added twice.
     * "Saved" is true only once MariaDB stored it: the cell is locked, compared and written in one transaction.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public CellSave saveCell(String token, int row, String col, int baseVersion, String text) {
        GroupWorkRepository.Seat me = me(token);
        requireOpen(me.participant().sessionId());
        if (me.groupId() == null) {
            throw new WorkshopException("groupwork.error.notSeated");
        }
        GroupWorkRepository.GroupRow g = repo.group(me.groupId()).orElseThrow();
        if (col == null || !g.worksheet().hasCell(row, col) || row >= g.rowCount()) {
            throw new WorkshopException("groupwork.error.noCell");
        }
        String typed = TextRules.limit(TextRules.clean(text), Worksheet.maxLength(col), "groupwork.error.cellTooLong");
        GroupCell current = repo.lockCell(g.id(), row, col).orElseThrow(() -> new WorkshopException("groupwork.error.noCell"));
        boolean merged = false;
        String theirs = null;
        String stored = typed;
        if (current.version() != baseVersion) {
            theirs = current.text();
            merged = true;
            stored = merge(current.text(), typed);
            if (stored.codePointCount(0, stored.length()) > GroupWorkLimits.NOTES_MAX) {
                throw new WorkshopException("groupwork.error.mergeTooLong", GroupWorkLimits.NOTES_MAX);
            }
        }
        if (!stored.equals(current.text()) || !merged) {
            repo.writeCell(g.id(), row, col, stored);
        }
        GroupCell saved = repo.lockCell(g.id(), row, col).orElseThrow();
        if (saved.version() != current.version()) {
            broadcaster.publishAfterCommit(new WorkshopEvent.CellSaved(g.sessionId(), saved));
        }
        return new CellSave(saved, merged, theirs);
    }

    /** Adds a row to the caller's group worksheet (up to {@link GroupWorkLimits#ROWS_MAX}, counted under a lock). */
    @PreAuthorize("permitAll()")
    @Transactional
    public GroupSheet addSheetRow(String token) {
        GroupWorkRepository.Seat me = me(token);
        requireOpen(me.participant().sessionId());
        if (me.groupId() == null) {
            throw new WorkshopException("groupwork.error.notSeated");
        }
        GroupWorkRepository.GroupRow g = repo.lockGroup(me.groupId()).orElseThrow();
        if (g.rowCount() >= GroupWorkLimits.ROWS_MAX) {
            throw new WorkshopException("groupwork.error.rowsFull", GroupWorkLimits.ROWS_MAX);
        }
        repo.addRows(g, List.of(""));
        GroupWorkRepository.GroupRow after = repo.group(g.id()).orElseThrow();
        broadcaster.publishAfterCommit(new WorkshopEvent.SheetRowsChanged(g.sessionId(), g.id(), after.rowCount()));
        for (GroupCell c : repo.cells(g.id())) {
            if (c.row() == after.rowCount() - 1) {
                broadcaster.publishAfterCommit(new WorkshopEvent.CellSaved(g.sessionId(), c));
            }
        }
        return new GroupSheet(g.id(), g.sessionId(), g.tableNo(), g.worksheet(), after.rowCount(), repo.cells(g.id()));
    }

    // --- helpers

    /** Theirs, then the caller's, unless one already contains the other (a repeated save, or a merge made by hand). */
    static String merge(String theirs, String mine) {
        if (theirs.isBlank() || theirs.contains(mine)) {
            return theirs.isBlank() ? mine : theirs;
        }
        if (mine.contains(theirs)) {
            return mine;
        }
        return theirs + "\n" + mine;
    }

    private void initialise(GroupWorkRepository.GroupRow g, GroupScenario scenario) {
        repo.addNotes(g.id());
        if (g.worksheet() == Worksheet.SUPPORT_MATRIX) {
            List<String> roles = scenario != null && !scenario.roles().isEmpty() ? scenario.roles() : GroupWorkLimits.DEFAULT_ROLES;
            repo.addRows(g, roles.stream().limit(GroupWorkLimits.ROWS_MAX).toList());
        } else {
            repo.addRows(g, java.util.Collections.nCopies(GroupWorkLimits.FIRST_ROWS, ""));
        }
    }

    private void changeScenario(GroupWorkRepository.GroupRow g, GroupScenario s) {
        if (s.worksheet() != g.worksheet()) {
            if (repo.hasText(g.id())) {
                // a sheet people wrote in keeps its kind: the scenario changes, no text is lost
                repo.setScenario(g.id(), s.slug(), g.worksheet());
                return;
            }
            repo.deleteRows(g.id());
            repo.setScenario(g.id(), s.slug(), s.worksheet());
            initialise(repo.group(g.id()).orElseThrow(), s);
        } else {
            repo.setScenario(g.id(), s.slug(), g.worksheet());
        }
    }

    private GroupScenario scenario(String slug) {
        return findScenario(slug).orElseThrow(() -> new WorkshopException("groupwork.error.noScenario", slug));
    }

    private Optional<GroupScenario> findScenario(String slug) {
        ScenarioCatalog c = scenarios.getIfAvailable();
        return c == null ? Optional.empty() : c.find(slug);
    }

    private Roster roster(List<GroupWorkRepository.GroupRow> groups, List<GroupWorkRepository.Seat> seats) {
        List<WorkGroup> out = groups.stream().map(g -> workGroup(g, seats)).toList();
        List<GroupMember> unseated = seats.stream().filter(s -> s.groupId() == null)
                .map(s -> new GroupMember(s.participant(), s.municipality(), false)).toList();
        return new Roster(out, unseated);
    }

    private static WorkGroup workGroup(GroupWorkRepository.GroupRow g, List<GroupWorkRepository.Seat> seats) {
        return new WorkGroup(g.id(), g.sessionId(), g.tableNo(), g.scenarioSlug(), g.worksheet(),
                seats.stream().filter(s -> Objects.equals(s.groupId(), g.id()))
                        .map(s -> new GroupMember(s.participant(), s.municipality(), s.pinned())).toList());
    }

    private GroupWorkRepository.Seat seatIn(long sessionId, long participantId) {
        return repo.seat(participantId).filter(s -> s.participant().sessionId() == sessionId)
                .orElseThrow(() -> new WorkshopException("groupwork.error.noParticipant"));
    }

    /**
     * The session, when the caller runs it: its owner or a co-facilitator, or an ADMIN (the same rule as
     * WorkshopService's: any other facilitator is denied whatever their role).
     */
    private WorkshopSession owned(long sessionId) {
        WorkshopSession s = workshops.findSession(sessionId).orElseThrow(() -> new WorkshopException("workshop.error.noSession"));
        if (!CurrentUser.hasRole(AppRoles.ADMIN) && !workshops.isFacilitatorOf(sessionId,
                CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not logged in")))) {
            throw new AccessDeniedException("not a facilitator of session " + sessionId);
        }
        return s;
    }

    private GroupWorkRepository.Seat me(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new WorkshopException("workshop.error.notParticipant");
        }
        // dead tokens (a closed session past its grace, or one reopened since) reach no group either (V046)
        Participant p = workshops.findParticipantByTokenHash(Tokens.hash(token),
                        clock.instant().minus(WorkshopLimits.CLOSED_SESSION_GRACE))
                .orElseThrow(() -> new WorkshopException("workshop.error.notParticipant"));
        return repo.seat(p.id()).orElseThrow();
    }

    private void requireOpen(long sessionId) {
        WorkshopSession s = workshops.findSession(sessionId).orElseThrow();
        if (s.status() != SessionStatus.OPEN) {
            throw new WorkshopException("workshop.error.locked");
        }
        if (LocalDateTime.now(clock).isBefore(s.sheetOpensAt())) {
            throw new WorkshopException("workshop.error.notYetOpen", s.sheetOpensAt().toLocalDate());
        }
    }
}
