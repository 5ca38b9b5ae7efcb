package jp.banso.workshop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In-memory fan-out of {@link WorkshopEvent}s to the views open on a session. Views register on attach and
 * remove their registration on detach; their listener hands the event to {@code UI.access}. Events leave
 * only after the transaction that caused them committed, so nobody sees a change MariaDB does not have.
 * One delivery thread for all sessions keeps events in commit order (a board never sees version 3 after 4)
 * and never blocks the request thread that saved.
 */
@Component
public class WorkshopBroadcaster {

    /** A registration to remove when the view detaches. */
    public interface Registration {
        void remove();
    }

    private record Listener(boolean board, LongSupplier group, Consumer<WorkshopEvent> consumer) {

        boolean wants(WorkshopEvent e) {
            if (board) {
                return true;
            }
            return !e.boardOnly() && (e.groupId() == null || e.groupId() == group.getAsLong());
        }
    }

    /** A participant in no group. */
    public static final long NO_GROUP = -1;

    private static final Logger log = LoggerFactory.getLogger(WorkshopBroadcaster.class);

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workshop-broadcast");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param board true for a facilitator's board (receives every event), false for a participant
     *              (receives timer, status and vote events, not every keystroke of every sheet)
     */
    public Registration register(long sessionId, boolean board, Consumer<WorkshopEvent> consumer) {
        return register(sessionId, board, () -> NO_GROUP, consumer);
    }

    /**
     * A participant's registration that also receives the worksheet events of the group {@code group} names at
     * the moment of each event (it changes when the facilitator regroups; no need to register again).
     */
    public Registration register(long sessionId, boolean board, LongSupplier group, Consumer<WorkshopEvent> consumer) {
        Listener listener = new Listener(board, group, consumer);
        listeners.computeIfAbsent(sessionId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public int listenerCount(long sessionId) {
        List<Listener> list = listeners.get(sessionId);
        return list == null ? 0 : list.size();
    }

    /** Sends the event after the current transaction commits (at once when there is none); never on rollback. */
    void publishAfterCommit(WorkshopEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch(event);
                }
            });
        } else {
            dispatch(event);
        }
    }

    private void dispatch(WorkshopEvent event) {
        List<Listener> list = listeners.get(event.sessionId());
        if (list == null) {
            return;
        }
        delivery.execute(() -> {
            for (Listener l : list) {
                if (l.wants(event)) {
                    try {
                        l.consumer().accept(event);
                    } catch (RuntimeException e) {
                        // one closed or broken UI must not keep the event from the others
                        log.debug("workshop listener failed", e);
                    }
                }
            }
        });
    }

    @PreDestroy
    void shutdown() {
        delivery.shutdownNow();
    }
}
