package jp.banso.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's side: joining by code and working on one's own issue sheet and dots. Participants have
 * no account, so every method is open to anonymous callers ({@code permitAll}) and checks the participant
 * token instead: a token names exactly one participant of one session, and nothing here reaches beyond it.
 */
@Service
public class ParticipantService {

    private final WorkshopRepository repo;
    private final WorkshopBroadcaster broadcaster;
    private final JoinGuard guard;
    private final Clock clock;
    private final GroupWorkRepository groupWork;
    private final GroupPlacement placement;

    ParticipantService(WorkshopRepository repo, WorkshopBroadcaster broadcaster, JoinGuard guard, Clock clock,
                       GroupWorkRepository groupWork, GroupPlacement placement) {
        this.groupWork = groupWork;
        this.placement = placement;
        this.repo = repo;
        this.broadcaster = broadcaster;
        this.guard = guard;
        this.clock = clock;
    }

    /** The session a code opens, for the join form's heading; empty for wrong or closed codes (counted as failures). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WorkshopSession> sessionForCode(String code, String client) {
        waitIfGuessing(client);
        Optional<WorkshopSession> s = repo.findSessionByCode(Tokens.normaliseCode(code))
                .filter(x -> x.status() != SessionStatus.CLOSED);
        if (s.isEmpty()) {
            guard.failed(client);
        }
        return s;
    }

    /**
     * Joins the session of {@code code}. {@code client} identifies the caller for rate limiting (their address).
     * Returns the new participant's token: the only time it exists in clear outside the participant's browser.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Joined join(String code, JoinRequest request, String client) {
        waitIfGuessing(client);
        WorkshopSession s = repo.findSessionByCode(Tokens.normaliseCode(code))
                .filter(x -> x.status() != SessionStatus.CLOSED)
                .orElseGet(() -> {
                    guard.failed(client);
                    throw new WorkshopException("workshop.join.badCode");
                });
        if (!guard.tryJoin(s.joinCode())) {
            throw new WorkshopException("workshop.join.tooMany", guard.secondsToWaitForCode(s.joinCode()));
        }
        if (request == null || request.affiliation() == null) {
            throw new WorkshopException("workshop.error.affiliation");
        }
        String name = TextRules.limit(TextRules.line(request.displayName()), WorkshopLimits.DISPLAY_NAME_MAX,
                "workshop.error.name.tooLong");
        String org = TextRules.limit(TextRules.line(request.organisation()), WorkshopLimits.ORGANISATION_MAX,
                "workshop.error.organisation.tooLong");
        String municipality = TextRules.limit(TextRules.line(request.municipality()), GroupWorkLimits.MUNICIPALITY_MAX,
                "groupwork.error.municipality.tooLong");
        String token = Tokens.newToken();
        long id = repo.insertParticipant(s.id(), Tokens.hash(token), name, request.affiliation(), org);
        groupWork.setParticipantDetails(id, municipality, request.nameConsent());
        Participant p = new Participant(id, s.id(), name, request.affiliation(), org);
        broadcaster.publishAfterCommit(new WorkshopEvent.ParticipantJoined(s.id(), p));
        // after the groups were formed, a newcomer sits where they add the most mixing
        placement.placeLateJoiner(s.id(), id);
        return new Joined(token, p, s);
    }

    /** Everything the participant's page shows; empty when the token is unknown. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ParticipantHome> home(String token) {
        return participant(token).map(p -> {
            WorkshopSession s = repo.findSession(p.sessionId()).orElseThrow();
            List<AgendaItem> agenda = repo.agenda(s.id());
            return new ParticipantHome(p, s, agenda, Timers.state(repo.findTimer(s.id()), agenda, clock.instant()),
                    editable(s), repo.rowsOf(p.id()));
        });
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SheetRow> rows(String token) {
        return repo.rowsOf(me(token).id());
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public SheetRow addRow(String token) {
        Participant p = meLocked(token);
        requireEditable(p);
        if (repo.countRows(p.id()) >= WorkshopLimits.ROWS_PER_PARTICIPANT_MAX) {
            throw new WorkshopException("workshop.error.rows.full", WorkshopLimits.ROWS_PER_PARTICIPANT_MAX);
        }
        long id = repo.insertRow(p.sessionId(), p.id(), repo.nextPosition(p.id()), RowText.EMPTY);
        publishRow(p.sessionId(), id);
        return repo.findRow(id, p.id()).orElseThrow();
    }

    /**
     * Saves the row's text if it is still at {@code version}; returns it with its new version. When another
     * tab or device saved in between, throws {@link StaleRowException} and writes nothing.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public SheetRow saveRow(String token, long rowId, int version, RowText text) {
        Participant p = me(token);
        requireEditable(p);
        RowText t = TextRules.row(text);
        if (!repo.updateRowText(rowId, p.id(), version, t)) {
            throw new StaleRowException(repo.findRow(rowId, p.id()).orElse(null));
        }
        publishRow(p.sessionId(), rowId);
        return repo.findRow(rowId, p.id()).orElseThrow();
    }

    /** Moves a row up ({@code -1}) or down ({@code +1}); returns the sheet in its new order. */
    @PreAuthorize("permitAll()")
    @Transactional
    public List<SheetRow> moveRow(String token, long rowId, int delta) {
        Participant p = meLocked(token);
        requireEditable(p);
        List<SheetRow> rows = repo.rowsOf(p.id());
        int from = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == rowId) {
                from = i;
            }
        }
        if (from < 0) {
            throw new StaleRowException(null);
        }
        int to = Math.max(0, Math.min(rows.size() - 1, from + Integer.signum(delta)));
        if (to != from) {
            java.util.ArrayList<SheetRow> order = new java.util.ArrayList<>(rows);
            order.add(to, order.remove(from));
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).position() != i) {
                    repo.setRowPosition(order.get(i).id(), i);
                    publishRow(p.sessionId(), order.get(i).id());
                }
            }
        }
        return repo.rowsOf(p.id());
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void deleteRow(String token, long rowId) {
        Participant p = me(token);
        requireEditable(p);
        if (repo.deleteRow(rowId, p.id())) {
            broadcaster.publishAfterCommit(new WorkshopEvent.RowDeleted(p.sessionId(), rowId));
            broadcaster.publishAfterCommit(new WorkshopEvent.CandidatesChanged(p.sessionId()));
        }
    }

    /**
     * Undo of {@link #deleteRow}: puts the row back with the text the participant saw and at its old position
     * (positions are not renumbered on delete, so the gap is still there). Theme and discussion marks, which the
     * facilitator sets, are not restored. Same checks as {@link #addRow}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public SheetRow restoreRow(String token, int position, RowText text) {
        Participant p = meLocked(token);
        requireEditable(p);
        if (repo.countRows(p.id()) >= WorkshopLimits.ROWS_PER_PARTICIPANT_MAX) {
            throw new WorkshopException("workshop.error.rows.full", WorkshopLimits.ROWS_PER_PARTICIPANT_MAX);
        }
        long id = repo.insertRow(p.sessionId(), p.id(), Math.max(0, position), TextRules.row(text));
        publishRow(p.sessionId(), id);
        return repo.findRow(id, p.id()).orElseThrow();
    }

    /** Rows the facilitator marked for discussion, with live totals and the caller's own dots. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<VoteCandidate> candidates(String token) {
        Participant p = me(token);
        Set<Long> mine = repo.rowsVotedBy(p.id());
        return repo.candidates(p.sessionId()).stream()
                .map(r -> new VoteCandidate(r.id(), r.item(), r.content(), r.votes(), mine.contains(r.id())))
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int dotsLeft(String token) {
        Participant p = me(token);
        WorkshopSession s = repo.findSession(p.sessionId()).orElseThrow();
        return Math.max(0, s.dotsPerPerson() - repo.votesOf(p.id()));
    }

    /** Puts ({@code on}) or takes back one dot on a row marked for discussion; returns the row's new total. */
    @PreAuthorize("permitAll()")
    @Transactional
    public int vote(String token, long rowId, boolean on) {
        Participant p = meLocked(token);
        WorkshopSession s = repo.findSession(p.sessionId()).orElseThrow();
        if (s.status() == SessionStatus.CLOSED) {
            throw new WorkshopException("workshop.error.closed");
        }
        if (repo.candidates(s.id()).stream().noneMatch(r -> r.id() == rowId)) {
            throw new WorkshopException("workshop.vote.notCandidate");
        }
        boolean changed;
        if (on) {
            if (repo.votesOf(p.id()) >= s.dotsPerPerson()) {
                throw new WorkshopException("workshop.vote.noDotsLeft", s.dotsPerPerson());
            }
            changed = repo.insertVote(rowId, p.id());
        } else {
            changed = repo.deleteVote(rowId, p.id());
        }
        int total = repo.votesFor(rowId);
        if (changed) {
            broadcaster.publishAfterCommit(new WorkshopEvent.VotesChanged(s.id(), rowId, total));
            publishRow(s.id(), rowId);
        }
        return total;
    }

    private void publishRow(long sessionId, long rowId) {
        repo.findBoardRow(rowId).ifPresent(r -> broadcaster.publishAfterCommit(new WorkshopEvent.RowSaved(sessionId, r)));
    }

    private void waitIfGuessing(String client) {
        long wait = guard.secondsToWait(client == null ? "?" : client);
        if (wait > 0) {
            throw new WorkshopException("workshop.join.tooMany", wait);
        }
    }

    private Optional<Participant> participant(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return repo.findParticipantByTokenHash(Tokens.hash(token), graceCutoff());
    }

    /** Tokens of a session closed before this instant are dead (WorkshopLimits.CLOSED_SESSION_GRACE). */
    private java.time.Instant graceCutoff() {
        return clock.instant().minus(WorkshopLimits.CLOSED_SESSION_GRACE);
    }

    /**
     * The caller, with their row locked until the transaction ends: serialises one participant's row count, order
     * and dots across tabs and devices. It must be the transaction's FIRST read: InnoDB (REPEATABLE READ) fixes a
     * transaction's snapshot at its first plain read, so a count read after a lock taken later can still miss rows
     * another tab committed while this one waited (30 tabs got 59 rows past a cap of 50 that way).
     */
    private Participant meLocked(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new WorkshopException("workshop.error.notParticipant");
        }
        return repo.lockParticipantByTokenHash(Tokens.hash(token))
                .filter(p -> repo.tokenAlive(p.id(), graceCutoff()))
                .orElseThrow(() -> new WorkshopException("workshop.error.notParticipant"));
    }

    private Participant me(String token) {
        return participant(token).orElseThrow(() -> new WorkshopException("workshop.error.notParticipant"));
    }

    private boolean editable(WorkshopSession s) {
        return s.status() == SessionStatus.OPEN && !LocalDateTime.now(clock).isBefore(s.sheetOpensAt());
    }

    private void requireEditable(Participant p) {
        WorkshopSession s = repo.findSession(p.sessionId()).orElseThrow();
        if (s.status() != SessionStatus.OPEN) {
            throw new WorkshopException("workshop.error.locked");
        }
        if (LocalDateTime.now(clock).isBefore(s.sheetOpensAt())) {
            throw new WorkshopException("workshop.error.notYetOpen", s.sheetOpensAt().toLocalDate());
        }
    }
}
