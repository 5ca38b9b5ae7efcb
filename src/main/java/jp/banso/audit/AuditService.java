package jp.banso.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import jp.banso.base.audit.AuditEvent;
import jp.banso.security.AppRoles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log (ADMIN) and stores the audit events other features publish. */
@Service
public class AuditService {

    public static final int LIST_MAX = 1000;
    private static final int ACTOR_MAX = 64, ACTION_MAX = 40, TYPE_MAX = 20, TARGET_MAX = 200, DETAIL_MAX = 1000;

    private final AuditRepository log;
    private final Clock clock;

    AuditService(AuditRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Newest first; {@code targetType}/{@code target} narrow the list when not null. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(String targetType, String target, int limit) {
        return log.newest(blankToNull(targetType), blankToNull(target), Math.max(1, Math.min(limit, LIST_MAX)));
    }

    /**
     * Runs synchronously inside the publisher's transaction, so a rolled-back change leaves no line.
     * Not public: nobody calls it directly.
     */
    @EventListener
    void on(AuditEvent e) {
        log.insert(clock.instant(), cut(e.actor(), ACTOR_MAX), cut(e.action(), ACTION_MAX), cut(e.targetType(), TYPE_MAX),
                cut(e.target(), TARGET_MAX), cut(e.detail(), DETAIL_MAX));
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
